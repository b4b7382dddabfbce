/** A source of uniform numbers in [0, 1). Selection takes one so tests can seed it. */
export type Random = () => number;

/** mulberry32: small, fast and good enough for drawing questions; deterministic from a seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomIndex(n: number, random: Random): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomIndex(i + 1, random);
    const swap = result[i] as T;
    result[i] = result[j] as T;
    result[j] = swap;
  }
  return result;
}

/**
 * `k` distinct items drawn uniformly from `items`, in random order. A partial Fisher–Yates over
 * a sparse map of swapped slots: O(k) time and memory, so drawing 13 ids from a pool of 100,000
 * never copies the pool.
 */
export function sample<T>(items: ArrayLike<T>, k: number, random: Random): T[] {
  const n = items.length;
  const count = Math.max(0, Math.min(k, n));
  const swapped = new Map<number, number>();
  const result: T[] = [];
  for (let i = 0; i < count; i += 1) {
    const j = i + randomIndex(n - i, random);
    const picked = swapped.get(j) ?? j;
    swapped.set(j, swapped.get(i) ?? i);
    result.push(items[picked] as T);
  }
  return result;
}
