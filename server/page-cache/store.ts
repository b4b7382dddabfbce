import type { NonceTemplate } from './nonce-template';

/** A captured page: Next's 200 answer to an anonymous visitor, with its nonce cut out. */
export interface CachedPage {
  /** Response headers to send again (no cookie, date, length, encoding or HSTS). */
  headers: [string, string | string[]][];
  /** The Content-Security-Policy cut at its nonce: `policy[0] + nonce + policy[1]`. */
  policy: [string, string];
  body: NonceTemplate;
}

export interface PageStoreLimits {
  ttlMs: number;
  maxEntries: number;
  /** Bytes of page bodies held, both forms (plain and deflated). */
  maxBytes: number;
}

interface Entry {
  page: CachedPage;
  expiresAt: number;
}

/**
 * The cached pages: a least-recently-used map bounded by entries and bytes, each entry kept
 * `ttlMs`. `generation` counts invalidations: a capture remembers the generation it started in
 * and is stored only if nothing was invalidated meanwhile (its render may have read the data
 * the invalidating write changed).
 */
export class PageStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  generation = 0;

  constructor(readonly limits: PageStoreLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  get(key: string, now: number): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.bytes -= entry.page.body.size;
      return null;
    }
    this.entries.set(key, entry); // most recently used last
    return entry.page;
  }

  /** Stores `page` unless an invalidation happened since `generation`, or it is too big to keep. */
  set(key: string, page: CachedPage, generation: number, now: number): boolean {
    if (generation !== this.generation || page.body.size > this.limits.maxBytes) return false;
    this.remove(key);
    this.entries.set(key, { page, expiresAt: now + this.limits.ttlMs });
    this.bytes += page.body.size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation += 1;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.page.body.size;
  }
}
