import { describe, expect, it } from 'vitest';
import { compareWeakestFirst, estimateAccuracy, masteryLevel } from '@/lib/progress/mastery';

describe('mastery per objective', () => {
  it('estimates accuracy with a uniform prior: one right answer is not 100%', () => {
    expect(estimateAccuracy({ correct: 0, total: 0 }).mean).toBe(0.5);
    expect(estimateAccuracy({ correct: 1, total: 1 }).mean).toBeCloseTo(2 / 3);
    expect(estimateAccuracy({ correct: 40, total: 50 }).mean).toBeCloseTo(41 / 52);
    // More answers, less doubt.
    expect(estimateAccuracy({ correct: 40, total: 50 }).variance).toBeLessThan(
      estimateAccuracy({ correct: 4, total: 5 }).variance,
    );
  });

  it('ignores impossible tallies instead of going out of range', () => {
    const odd = estimateAccuracy({ correct: 7, total: 5 });
    expect(odd.mean).toBeLessThanOrEqual(1);
    expect(odd.mean).toBeGreaterThan(0.8);
  });

  it('levels against the passing score, and "unknown" below five answers', () => {
    expect(masteryLevel(estimateAccuracy({ correct: 3, total: 3 }), 70)).toBe('unknown');
    expect(masteryLevel(estimateAccuracy({ correct: 30, total: 50 }), 70)).toBe('weak');
    expect(masteryLevel(estimateAccuracy({ correct: 38, total: 50 }), 70)).toBe('fair');
    expect(masteryLevel(estimateAccuracy({ correct: 46, total: 50 }), 70)).toBe('strong');
  });

  it('ranks weakest first: unpractised objectives, then lowest mastery, then heavier weight', () => {
    const rows = [
      { code: '1', weight: 20, estimate: estimateAccuracy({ correct: 45, total: 50 }) },
      { code: '2', weight: 30, estimate: estimateAccuracy({ correct: 25, total: 50 }) },
      { code: '3', weight: 10, estimate: estimateAccuracy({ correct: 1, total: 2 }) },
      { code: '4', weight: 40, estimate: estimateAccuracy({ correct: 25, total: 50 }) },
    ];
    expect([...rows].sort(compareWeakestFirst).map((r) => r.code)).toEqual(['3', '4', '2', '1']);
  });
});
