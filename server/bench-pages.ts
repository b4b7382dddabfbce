import 'server-only';

/**
 * The load test compares real pages with "bare" pages that render the same components from
 * memory (no session, no database). They exist only when BENCH_PAGES=1 (set by bench/load).
 */
export function benchPagesEnabled(): boolean {
  return process.env.BENCH_PAGES === '1';
}

const memory = new Map<string, unknown>();

/** The first call computes (with auth and database); later calls return the same value. */
export async function rememberOnce<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!memory.has(key)) memory.set(key, await compute());
  return memory.get(key) as T;
}
