/**
 * The one process-wide handle on the public-page cache. The cache lives in the production
 * server (server/start-server.ts, loaded by tsx) while the studio's writes run in Next's bundled
 * copy of our modules: one process, two module instances, so a module-level variable would be
 * two variables. A `Symbol.for` key on globalThis is the same in both.
 *
 * Not `server-only`: start-server.ts imports it outside Next. Without that server (next start,
 * next dev, tests) nothing is registered and dropping is a no-op.
 */
const REGISTRY = Symbol.for('pingtopass.public-page-cache');

export interface PublicPageCacheHandle {
  /** Forgets every cached page and every capture still in flight. */
  dropAll(): void;
}

type WithRegistry = typeof globalThis & { [REGISTRY]?: PublicPageCacheHandle };

export function registerPublicPageCache(handle: PublicPageCacheHandle): void {
  (globalThis as WithRegistry)[REGISTRY] = handle;
}

/** Called by invalidatePublicExam (server/catalog/public-cache.ts) after every studio write that shows publicly. */
export function dropCachedPublicPages(): void {
  (globalThis as WithRegistry)[REGISTRY]?.dropAll();
}
