import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { acceptsGzip, nonceOfPolicy, publicPagePolicy } from '../../lib/security/public-page-policy';
import { gzippedPageWithNonce, nonceCount, pageWithNonce, templateOf } from './nonce-template';
import { registerPublicPageCache } from './registry';
import { PageStore, type CachedPage, type PageStoreLimits } from './store';

/**
 * The rendered HTML of the public pages (home, catalog, exam pages) for anonymous visitors,
 * kept by the production server in front of Next (docs/PERFORMANCE.md, "Cached public pages"):
 * Next's first 200 answer is captured whole while it streams to its visitor, and later visitors
 * get it from memory with a fresh CSP nonce in the header and the body, so every response still
 * has its own nonce. Which requests qualify: lib/security/public-page-policy.ts. Exact for
 * studio changes in this process (invalidatePublicExam drops every page, registry.ts); other
 * processes see a change within this TTL plus the catalog data's own.
 */
export const PUBLIC_PAGE_LIMITS: PageStoreLimits & { maxPageBytes: number } = {
  ttlMs: 30_000,
  maxEntries: 1_000,
  maxBytes: 32 * 1024 * 1024,
  /** A page bigger than this is not captured (the catalog with 20 exams is ~70 KB). */
  maxPageBytes: 2 * 1024 * 1024,
};

/** Says what the cache did with a public page: hit, miss (rendered, maybe kept) or bypass. */
export const CACHE_HEADER = 'X-Page-Cache';

/** Headers never replayed: per-connection or per-response ones, and those set per hit. */
const NOT_REPLAYED = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'content-security-policy',
  'strict-transport-security',
  CACHE_HEADER.toLowerCase(),
]);

export interface PublicPageCacheOptions {
  limits?: Partial<typeof PUBLIC_PAGE_LIMITS>;
  /** Next's kind of client for a user agent (next/dist/shared/lib/router/utils/is-bot getBotType). */
  botTypeOf?: (userAgent: string) => string | undefined;
  now?: () => number;
}

/** The same shape of nonce as proxy.ts makes. */
function freshNonce(): string {
  return Buffer.from(randomUUID()).toString('base64');
}

function send(request: IncomingMessage, response: ServerResponse, page: CachedPage): void {
  const nonce = freshNonce();
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  const body = gzip ? gzippedPageWithNonce(page.body, nonce) : pageWithNonce(page.body, nonce);
  response.statusCode = 200;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', `${page.policy[0]}${nonce}${page.policy[1]}`);
  response.setHeader(CACHE_HEADER, 'hit');
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** What of a finished response may be kept: a whole 200 HTML page, no cookie, one nonce. */
function pageOf(response: ServerResponse, body: Buffer): CachedPage | null {
  if (response.statusCode !== 200 || response.getHeader('set-cookie') !== undefined) return null;
  if (response.getHeader('content-encoding') !== undefined) return null;
  if (!String(response.getHeader('content-type') ?? '').startsWith('text/html')) return null;
  const policy = response.getHeader('content-security-policy');
  const nonce = typeof policy === 'string' ? nonceOfPolicy(policy) : null;
  if (!nonce || typeof policy !== 'string') return null;
  const marker = `'nonce-${nonce}'`;
  const at = policy.indexOf(marker);
  if (policy.indexOf(marker, at + 1) >= 0) return null;
  const template = templateOf(body, nonce);
  if (nonceCount(template) === 0) return null; // not a page Next rendered with this nonce
  const headers = Object.entries(response.getHeaders() as OutgoingHttpHeaders)
    .filter(([name, value]) => !NOT_REPLAYED.has(name) && value !== undefined)
    .map(([name, value]): [string, string | string[]] => [
      name,
      Array.isArray(value) ? value : String(value),
    ]);
  // The nonce only where it is swapped: a replayed header carrying it would repeat it.
  if (headers.some(([, value]) => String(value).includes(nonce))) return null;
  const vary = headers.find(([name]) => name === 'vary');
  if (!vary) headers.push(['vary', 'Accept-Encoding']);
  else if (!/accept-encoding/i.test(String(vary[1]))) vary[1] = `${String(vary[1])}, Accept-Encoding`;
  return {
    headers,
    policy: [`${policy.slice(0, at)}'nonce-`, `'${policy.slice(at + marker.length)}`],
    body: template,
  };
}

/**
 * Tees the response's body while Next writes it, and keeps the page once it finished. Next is
 * asked for an uncompressed body (Accept-Encoding removed), since the nonce must be found in it.
 */
function capture(
  store: PageStore,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
  now: () => number,
) {
  const generation = store.generation;
  delete request.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  let bytes = 0;
  let tooBig = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    bytes += buffer.length;
    if (bytes > PUBLIC_PAGE_LIMITS.maxPageBytes) tooBig = true;
    else chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse['end'];
  // 'finish' only when the whole body went out: an aborted visitor's partial page is dropped.
  response.once('finish', () => {
    if (tooBig) return;
    const page = pageOf(response, Buffer.concat(chunks, bytes));
    if (page) store.set(key, page, generation, now());
  });
}

export function createPublicPageCache(options: PublicPageCacheOptions = {}) {
  const limits = { ...PUBLIC_PAGE_LIMITS, ...options.limits };
  const now = options.now ?? (() => performance.now());
  const store = new PageStore(limits);
  registerPublicPageCache({ dropAll: () => store.clear() });
  return {
    store,
    /** Answers from the cache, or calls `render` (Next), capturing its answer when it may be kept. */
    handle(request: IncomingMessage, response: ServerResponse, render: () => void): void {
      const userAgent = request.headers['user-agent'] ?? '';
      const policy = publicPagePolicy({
        method: request.method,
        url: request.url,
        headers: request.headers,
        botType: options.botTypeOf?.(userAgent),
      });
      if (policy.kind === 'other') return render();
      if (policy.kind === 'bypass') {
        response.setHeader(CACHE_HEADER, 'bypass');
        return render();
      }
      const page = store.get(policy.key, now());
      if (page) return send(request, response, page);
      response.setHeader(CACHE_HEADER, 'miss');
      if (request.method === 'GET') capture(store, policy.key, request, response, now);
      render();
    },
  };
}
