/**
 * Which requests may be answered from the public-page cache (server/page-cache): the decision
 * only, pure so it is unit-tested on its own. See docs/PERFORMANCE.md, "Cached public pages".
 *
 * A page may come from the cache when everything its HTML depends on is in the key:
 * - the path: the home page, the catalog, or an exam page whose slug is slug-shaped (anything
 *   else, %-escapes included, goes to Next, which may answer it differently);
 * - no query string at all: these pages read none, but Next writes the URL, query included,
 *   into the page's RSC payload, so every query would be another page — and a hostile client
 *   could fill the cache with them. A request with one is rendered as today;
 * - no session cookie: a signed-in visitor's header, start panel and exam-date form are theirs;
 * - a document request, not an RSC payload (client navigation, prefetch, server action): those
 *   answers depend on the router state the client sends, so they stay dynamic;
 * - the kind of client Next renders for (a browser, or a crawler that gets its metadata in the
 *   head): part of the key.
 */

/** `/`, `/exams` and `/exams/<slug>` (SLUG_PATTERN of lib/validation/search-params.ts, ≤ 120 characters). */
const PUBLIC_PAGE_PATH = /^\/(?:exams(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?)?$/;
const MAX_PATH_LENGTH = '/exams/'.length + 120;

/** Headers that make a request an RSC, prefetch or action request rather than a document. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
] as const;

/**
 * next-auth's session cookie under any of its names (`__Host-` / `__Secure-` prefixes, `.0`, `.1`
 * chunks): its presence alone sends the request to Next, valid or not.
 */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Host-|__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

export type PagePolicy =
  /** Not one of the public pages: not this cache's business. */
  | { kind: 'other' }
  /** A public page, but this request's answer may differ from the cached one. */
  | { kind: 'bypass'; reason: 'method' | 'query' | 'session' | 'router' }
  | { kind: 'cacheable'; key: string };

export interface PageRequest {
  method: string | undefined;
  url: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Next's own kind of client for this user agent ('html': a crawler, 'dom': a headless browser). */
  botType: string | undefined;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join('; ') : value;
}

export function publicPagePolicy({ method, url, headers, botType }: PageRequest): PagePolicy {
  if (!url) return { kind: 'other' };
  const queryAt = url.indexOf('?');
  const path = queryAt >= 0 ? url.slice(0, queryAt) : url;
  if (!PUBLIC_PAGE_PATH.test(path) || path.length > MAX_PATH_LENGTH) return { kind: 'other' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'bypass', reason: 'method' };
  if (queryAt >= 0) return { kind: 'bypass', reason: 'query' };
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return { kind: 'bypass', reason: 'router' };
  if (SESSION_COOKIE.test(first(headers.cookie) ?? '')) return { kind: 'bypass', reason: 'session' };
  return { kind: 'cacheable', key: `${botType ?? 'browser'} ${path}` };
}

/** Whether a client takes gzip (`Accept-Encoding`), honouring an explicit `q=0`. */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  for (const part of (first(acceptEncoding) ?? '').split(',')) {
    const [coding, ...parameters] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = parameters.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The nonce of a Content-Security-Policy (`'nonce-…'`), or null when it has none. */
export function nonceOfPolicy(policy: string | undefined): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]{16,})'/)?.[1] ?? null;
}
