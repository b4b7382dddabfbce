// @ts-check
// Serwist's "configurator mode": `serwist build` (run by `npm run build` after `next build`)
// bundles service-worker/sw.ts with esbuild into public/sw.js and injects the list of files to
// precache. It does not hook into the bundler, so it works with Turbopack, Next 16's default.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serwist } from '@serwist/next/config';

const OFFLINE_PAGE = 'public/offline.html';

export default serwist({
  swSrc: 'service-worker/sw.ts',
  swDest: 'public/sw.js',
  // The build's static files (.next/static, hashed) and public/ (icons). Never prerendered HTML:
  // every page depends on who is signed in.
  precachePrerendered: false,
  // Serwist maps any globbed .html to a route (public/offline.html would become /public/offline,
  // a 404 that fails the install), so the offline page is listed by hand, versioned by content.
  globIgnores: [OFFLINE_PAGE],
  additionalPrecacheEntries: [
    { url: '/offline.html', revision: createHash('md5').update(readFileSync(OFFLINE_PAGE)).digest('hex') },
  ],
});
