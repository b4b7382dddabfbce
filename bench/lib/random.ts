/** mulberry32: a tiny seeded PRNG, so generated data is the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickInt(random: () => number, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

/** A UUID-shaped id derived from the PRNG (deterministic, unlike crypto.randomUUID). */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => pickInt(random, 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
