/**
 * The service worker, built by `npm run build` (Serwist's CLI after `next build`, see
 * serwist.config.js) into public/sw.js with the list of the build's static files to precache.
 * What it may keep is decided in lib/pwa/cache-policy.ts.
 */
import {
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import {
  ATTEMPT_PAGES_CACHE,
  isAttemptPage,
  isOtherPage,
  OFFLINE_PAGE,
  pageCacheKey,
} from '../lib/pwa/cache-policy';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced by the precache list at build time.
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const origin = self.location.origin;

// A page fetched by the window's CACHE_URLS message follows redirects: a closed attempt (sent to
// its result) or an ended session (sent to sign-in) must not be kept under the exam's address.
const onlyTheExamItself: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
  cacheWillUpdate: async ({ response }) => (response.redirected ? null : response),
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new build takes over at once: its precache holds the files its pages ask for.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request }) => isAttemptPage(request, origin),
      handler: new NetworkFirst({
        cacheName: ATTEMPT_PAGES_CACHE,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          onlyTheExamItself,
          // Exams last hours, not days; a handful is more than anyone has open.
          new ExpirationPlugin({ maxEntries: 10, maxAgeSeconds: 24 * 60 * 60 }),
        ],
      }),
    },
    { matcher: ({ request }) => isOtherPage(request, origin), handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();
