import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // libSQL ships a native addon; pino uses worker threads: keep both out of the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'pino', 'pino-pretty'],
  typedRoutes: false,
  // forbidden() and app/forbidden.tsx render real 403 pages.
  experimental: {
    authInterrupts: true,
    // Studio imports accept files up to 5 MB (MAX_IMPORT_BYTES); multipart encoding and the
    // other form fields need some room on top. Past this Next refuses the body before our code runs.
    serverActions: { bodySizeLimit: '6mb' },
  },
};

export default nextConfig;
