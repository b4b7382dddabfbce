/**
 * Foundation and accounts figures (issues 2 and 3), on this machine:
 *   - migrating a fresh database file (every migration, one transaction each)
 *   - seeding the development data
 *   - one password hash (argon2id with our parameters) and one verification
 * Run by `npm run bench`, or alone: npx tsx bench/foundation.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../database/migrator';
import { runSeeds } from '../database/seeds/run';
import { hashPassword, verifyPassword } from '../lib/security/password';
import { measure } from './lib/measure';
import { recordFigure } from './lib/results';

const ROOT = path.resolve(import.meta.dirname, '..');

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ptp-bench-foundation-'));
  try {
    let n = 0;
    const fresh = () => createClient({ url: `file:${path.join(dir, `fresh-${(n += 1)}.db`)}` });
    recordFigure({
      issue: 2,
      name: 'migrate a fresh database file (all migrations, in-process)',
      unit: 'ms',
      timing: await measure(
        async () => {
          const client = fresh();
          await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'development', log: () => {} });
          client.close();
        },
        20,
        2,
      ),
      dataSize: 'empty file',
    });
    recordFigure({
      issue: 2,
      name: 'migrate + seed development data (in-process)',
      unit: 'ms',
      timing: await measure(
        async () => {
          const client = fresh();
          await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'development', log: () => {} });
          await runSeeds(client, { env: 'development', now: new Date() });
          client.close();
        },
        10,
        1,
      ),
      dataSize: 'development seed',
    });
    // The CLI as a developer runs it: process start, tsx, env validation, migrate.
    const cli = path.join(dir, 'cli.db');
    const started = performance.now();
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['database/migrate.ts', 'migrate'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_ENV: 'development', DATABASE_URL: `file:${cli}`, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    recordFigure({
      issue: 2,
      name: '`tsx database/migrate.ts migrate` on a fresh file (wall clock, process start included)',
      unit: 'ms',
      value: Math.round(performance.now() - started),
      dataSize: 'empty file',
    });

    const hash = await hashPassword('correct horse battery staple');
    recordFigure({
      issue: 3,
      name: 'password hash (argon2id m=19456 KiB, t=2, p=1)',
      unit: 'ms',
      timing: await measure(() => hashPassword('correct horse battery staple'), 50, 5),
      dataSize: 'one password',
    });
    recordFigure({
      issue: 3,
      name: 'password verification',
      unit: 'ms',
      timing: await measure(() => verifyPassword(hash, 'correct horse battery staple'), 50, 5),
      dataSize: 'one password',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
