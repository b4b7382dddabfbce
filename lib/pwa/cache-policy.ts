/**
 * What the service worker (service-worker/sw.ts) may keep, decided here so it can be unit-tested.
 * Only one kind of signed-in page is ever stored: an open exam (/attempts/<id>), so that a reload
 * without a connection still shows it. Everything else that is signed-in goes to the network
 * only; API calls, server actions (POST) and /api/auth are never touched by the worker.
 */

export const ATTEMPT_PAGES_CACHE = 'pingtopass-attempt-pages';
/** The static page shown for a navigation that has neither a connection nor a kept copy. */
export const OFFLINE_PAGE = '/offline.html';

/** The facts of a request the policy looks at (a Request has them all). */
export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
  destination: string;
  headers: { get(name: string): string | null };
}

const ATTEMPT_PAGE = /^\/attempts\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path is an exam's runner page (the only signed-in page kept). */
export function isAttemptPath(pathname: string): boolean {
  return ATTEMPT_PAGE.test(pathname);
}

/** A request for an HTML page (not Next's RSC payload of it, which carries the RSC header). */
function wantsDocument(request: RequestFacts, url: URL): boolean {
  if (request.headers.get('rsc') !== null || url.searchParams.has('_rsc')) return false;
  return (
    request.mode === 'navigate' ||
    request.destination === 'document' ||
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

/** An open exam's page, of this origin: network first, the kept copy when offline. */
export function isAttemptPage(request: RequestFacts, origin: string): boolean {
  const url = new URL(request.url);
  return (
    request.method === 'GET' &&
    url.origin === origin &&
    isAttemptPath(url.pathname) &&
    wantsDocument(request, url)
  );
}

/** Any other page navigation of this origin (not /api): network only, the offline page when it fails. */
export function isOtherPage(request: RequestFacts, origin: string): boolean {
  const url = new URL(request.url);
  return (
    request.method === 'GET' &&
    request.mode === 'navigate' &&
    url.origin === origin &&
    !url.pathname.startsWith('/api/') &&
    !isAttemptPage(request, origin)
  );
}

/** One kept copy per exam: ?q=N (the question shown) does not make another. */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/**
 * A run-time cache (may hold a signed-in page), as opposed to Serwist's precache of the build's
 * static files ("serwist-precache-v2-<scope>"). Anything else counts as run-time, names of an
 * older worker included, so clearing never leaves one behind.
 */
export function isRuntimeCache(name: string): boolean {
  return !name.includes('-precache-');
}

/**
 * Whether the kept pages must go because the person on this device changed. `previous` is the
 * owner recorded by the last page load (null: never recorded), `current` this page's user id,
 * '' when signed out. Signing out clears the pages, so signed-out → signed-in has nothing to clear.
 */
export function ownerChanged(previous: string | null, current: string): boolean {
  if (previous === null) return true;
  return previous !== '' && previous !== current;
}
