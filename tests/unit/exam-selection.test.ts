import { describe, expect, it } from 'vitest';
import { seededRandom, sample, shuffle } from '@/lib/exam/random';
import { allocateByWeight, drawByAllocation } from '@/lib/exam/selection';

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('allocateByWeight', () => {
  it('gives exact shares when they are whole numbers', () => {
    const result = allocateByWeight(
      [
        { objectiveId: 1, weight: 60, available: 100 },
        { objectiveId: 2, weight: 40, available: 100 },
      ],
      10,
    );
    expect([...result]).toEqual([
      [1, 6],
      [2, 4],
    ]);
  });

  it('rounds by largest remainder so the counts add up to the total', () => {
    // Ideal shares of 65: 19.5 (30%), 16.25 (25%), 14.95 (23%), 14.3 (22%).
    const result = allocateByWeight(
      [
        { objectiveId: 1, weight: 30, available: 1000 },
        { objectiveId: 2, weight: 25, available: 1000 },
        { objectiveId: 3, weight: 23, available: 1000 },
        { objectiveId: 4, weight: 22, available: 1000 },
      ],
      65,
    );
    expect(sum(result)).toBe(65);
    // Floors 19+16+14+14 = 63; the two largest remainders (.95 and .5) get one more each.
    expect([...result.values()]).toEqual([20, 16, 15, 14]);
  });

  it('keeps every count within one of its ideal share for many totals and weights', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round += 1) {
      const n = 1 + Math.floor(random() * 6);
      const weights = Array.from({ length: n }, () => 1 + Math.floor(random() * 50));
      const total = 1 + Math.floor(random() * 120);
      const weightSum = weights.reduce((a, b) => a + b, 0);
      const result = allocateByWeight(
        weights.map((weight, i) => ({ objectiveId: i, weight, available: 10_000 })),
        total,
      );
      expect(sum(result)).toBe(total);
      weights.forEach((weight, i) => {
        const ideal = (total * weight) / weightSum;
        const got = result.get(i)!;
        expect(got).toBeGreaterThanOrEqual(Math.floor(ideal));
        expect(got).toBeLessThanOrEqual(Math.ceil(ideal));
      });
    }
  });

  it('fills from the other objectives, by weight, when a bank is short', () => {
    const result = allocateByWeight(
      [
        { objectiveId: 1, weight: 50, available: 2 },
        { objectiveId: 2, weight: 30, available: 100 },
        { objectiveId: 3, weight: 20, available: 100 },
      ],
      20,
    );
    expect(result.get(1)).toBe(2);
    expect(sum(result)).toBe(20);
    // The 8 missing questions of objective 1 go 30:20 to the others: 6+4.8 → 11 and 7 after rounding.
    expect(result.get(2)! + result.get(3)!).toBe(18);
    expect(result.get(2)).toBeGreaterThan(result.get(3)!);
  });

  it('gives everything there is when the whole bank is smaller than the exam', () => {
    const result = allocateByWeight(
      [
        { objectiveId: 1, weight: 60, available: 3 },
        { objectiveId: 2, weight: 40, available: 1 },
      ],
      10,
    );
    expect([...result]).toEqual([
      [1, 3],
      [2, 1],
    ]);
  });

  it('handles an empty bank and a zero total', () => {
    expect(sum(allocateByWeight([{ objectiveId: 1, weight: 100, available: 0 }], 10))).toBe(0);
    expect(sum(allocateByWeight([{ objectiveId: 1, weight: 100, available: 10 }], 0))).toBe(0);
    expect(allocateByWeight([], 10).size).toBe(0);
  });
});

describe('drawing questions', () => {
  const pools = new Map<number, number[]>([
    [1, Array.from({ length: 50 }, (_, i) => 1000 + i)],
    [2, Array.from({ length: 50 }, (_, i) => 2000 + i)],
  ]);

  it('draws distinct questions, the allocated number from each objective', () => {
    const allocation = new Map([
      [1, 6],
      [2, 4],
    ]);
    const random = seededRandom(1);
    for (let i = 0; i < 200; i += 1) {
      const ids = drawByAllocation(pools, allocation, random);
      expect(ids).toHaveLength(10);
      expect(new Set(ids).size).toBe(10);
      expect(ids.filter((id) => id < 2000)).toHaveLength(6);
    }
  });

  it('matches the weights over many draws and uses every question of the bank about equally', () => {
    const random = seededRandom(42);
    const objectives = [
      { objectiveId: 1, weight: 60, available: 50 },
      { objectiveId: 2, weight: 40, available: 50 },
    ];
    const seen = new Map<number, number>();
    let fromOne = 0;
    const draws = 4000;
    for (let i = 0; i < draws; i += 1) {
      const ids = drawByAllocation(pools, allocateByWeight(objectives, 10), random);
      for (const id of ids) {
        seen.set(id, (seen.get(id) ?? 0) + 1);
        if (id < 2000) fromOne += 1;
      }
    }
    expect(fromOne / (draws * 10)).toBeCloseTo(0.6, 5);
    // Objective 1: each question is drawn with probability 6/50 per exam → 480 expected.
    const counts = [...seen].filter(([id]) => id < 2000).map(([, n]) => n);
    expect(counts).toHaveLength(50);
    for (const n of counts) expect(Math.abs(n - 480)).toBeLessThan(110);
  });

  it('interleaves objectives rather than grouping them', () => {
    const ids = drawByAllocation(
      pools,
      new Map([
        [1, 10],
        [2, 10],
      ]),
      seededRandom(3),
    );
    const firstHalfFromOne = ids.slice(0, 10).filter((id) => id < 2000).length;
    expect(firstHalfFromOne).toBeGreaterThan(0);
    expect(firstHalfFromOne).toBeLessThan(10);
  });
});

describe('random helpers', () => {
  it('sample is uniform without replacement and never copies more than it needs', () => {
    const random = seededRandom(9);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i += 1) {
      const picked = sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, random);
      expect(new Set(picked).size).toBe(3);
      for (const p of picked) counts[p] += 1;
    }
    for (const c of counts) expect(Math.abs(c - 6000)).toBeLessThan(300);
    expect(sample([1, 2], 5, random).sort()).toEqual([1, 2]);
    expect(sample(new Int32Array([4, 5, 6]), 0, random)).toEqual([]);
  });

  it('shuffle keeps every item and is deterministic for a seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const a = shuffle(items, seededRandom(5));
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle(items, seededRandom(5))).toEqual(a);
    expect(a).not.toEqual(items);
  });
});
