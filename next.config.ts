import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // libSQL ships a native addon; pino uses worker threads: keep both out of the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'pino', 'pino-pretty'],
  typedRoutes: false,
  // forbidden() and app/forbidden.tsx render real 403 pages.
  experimental: { authInterrupts: true },
};

export default nextConfig;
