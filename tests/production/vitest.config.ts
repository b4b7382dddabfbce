import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The production attack suite: the BUILT app (`npm run build` first) started the way the README
 * says to run it in production (`npm start`, NODE_ENV=production, a local file database, a real
 * secret), attacked over HTTP. Files run one after another: they share the servers.
 */
export default defineConfig({
  root,
  resolve: {
    alias: {
      '@': root,
      'server-only': path.resolve(root, 'tests/helpers/server-only-stub.ts'),
    },
  },
  test: {
    include: ['tests/production/**/*.test.ts'],
    globalSetup: ['tests/production/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
