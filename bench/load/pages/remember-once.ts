import 'server-only';

/**
 * Memory of the load test's "bare" pages (bench/load/pages, built into the bench app only by
 * bench/load/build.ts, never part of the product build). The first call computes (with auth and
 * database); later calls return the same value to every caller.
 */
const memory = new Map<string, unknown>();

export async function rememberOnce<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!memory.has(key)) memory.set(key, await compute());
  return memory.get(key) as T;
}
