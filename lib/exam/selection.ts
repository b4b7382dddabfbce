import { sample, shuffle, type Random } from './random';

export interface ObjectiveSupply {
  objectiveId: number;
  /** Share of the exam (percent; any positive scale works). */
  weight: number;
  /** Active questions available for this objective. */
  available: number;
}

interface Share {
  objectiveId: number;
  weight: number;
  capacity: number;
  count: number;
}

/**
 * Hands out `total` questions among objectives in proportion to their weights with the
 * largest-remainder method, so the counts add up exactly and each is its ideal share rounded
 * down or up. An objective whose bank is short gives its whole bank; the shortfall goes to the
 * others, again by weight. Returns objectiveId → count; the sum is min(total, all available).
 */
export function allocateByWeight(objectives: readonly ObjectiveSupply[], total: number): Map<number, number> {
  const shares: Share[] = objectives.map((o) => ({
    objectiveId: o.objectiveId,
    weight: Math.max(0, o.weight),
    capacity: Math.max(0, Math.floor(o.available)),
    count: 0,
  }));
  let remaining = Math.max(0, Math.floor(total));
  while (remaining > 0) {
    const open = shares.filter((s) => s.count < s.capacity);
    if (open.length === 0) break;
    const given = distribute(open, remaining);
    if (given === 0) break;
    remaining -= given;
  }
  return new Map(shares.map((s) => [s.objectiveId, s.count]));
}

/** One largest-remainder round over the objectives that still have room; returns how many it gave. */
function distribute(open: Share[], amount: number): number {
  const weightSum = open.reduce((sum, s) => sum + s.weight, 0);
  // Without weights, share equally.
  const weightOf = (s: Share) => (weightSum > 0 ? s.weight : 1);
  const sum = weightSum > 0 ? weightSum : open.length;
  const ideal = open.map((s) => (amount * weightOf(s)) / sum);
  const floors = ideal.map(Math.floor);
  let leftover = amount - floors.reduce((a, b) => a + b, 0);
  const order = open
    .map((s, i) => ({ i, remainder: (ideal[i] as number) - (floors[i] as number), weight: weightOf(s) }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (leftover === 0) break;
    if ((ideal[i] as number) > 0) {
      floors[i] = (floors[i] as number) + 1;
      leftover -= 1;
    }
  }
  let given = 0;
  open.forEach((share, i) => {
    const take = Math.min(floors[i] as number, share.capacity - share.count);
    share.count += take;
    given += take;
  });
  return given;
}

/**
 * Draws a mock exam: `allocation` questions from each objective's pool, uniformly without
 * replacement, then shuffles them all together so objectives are interleaved.
 */
export function drawByAllocation(
  pools: ReadonlyMap<number, ArrayLike<number>>,
  allocation: ReadonlyMap<number, number>,
  random: Random,
): number[] {
  const picked: number[] = [];
  for (const [objectiveId, count] of allocation) {
    const pool = pools.get(objectiveId);
    if (!pool || count <= 0) continue;
    picked.push(...sample(pool, count, random));
  }
  return shuffle(picked, random);
}

/** Draws `count` ids uniformly from `candidates` (already filtered), in random order. */
export function drawFrom(candidates: ArrayLike<number>, count: number, random: Random): number[] {
  return sample(candidates, count, random);
}
