import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { environmentRefusal } from './lib/config/environment';
import { securityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // libSQL ships a native addon; pino uses worker threads: keep both out of the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'pino', 'pino-pretty'],
  typedRoutes: false,
  experimental: {
    // forbidden() and app/forbidden.tsx render real 403 pages.
    authInterrupts: true,
    // Studio imports accept files up to 5 MB (MAX_IMPORT_BYTES); multipart encoding and the
    // other form fields need some room on top. Past this Next refuses the body before our code runs.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // The static security headers on every response, static files and errors included; proxy.ts
  // adds the per-request CSP (and repeats these) on everything it sees.
  async headers() {
    const headers = Object.entries(securityHeaders(false)).map(([key, value]) => ({ key, value }));
    return [{ source: '/:path*', headers }];
  },
};

/**
 * A server (`next start`, `next dev`, or our server/start-server.ts) refuses to start on a bad
 * environment, naming each variable; `next build` does not need the production secrets.
 */
export default function config(phase: string): NextConfig {
  const refusal =
    phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER
      ? environmentRefusal(process.env)
      : null;
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  return nextConfig;
}
