import { describe, expect, it } from 'vitest';
import {
  computeItemStatistics,
  pearson,
  pointBiserial,
  populationVariance,
  type AttemptResponses,
  type ItemDefinition,
} from '../../lib/studio/statistics';
import { ATTEMPTS, ITEMS, OPTIONS } from '../helpers/statistics-example';

describe('computeItemStatistics on a hand-computed example', () => {
  const [q1, q2, q3] = computeItemStatistics(ATTEMPTS, ITEMS);

  it('q1: facility, discrimination and point-biserial against the rest score', () => {
    /*
     * x = [1,1,1,0,0], X = [3,2,2,1,0], rest X' = X − x = [2,1,1,1,0]
     * facility p = 3/5 = 0.6
     * mean x = 0.6, mean X' = 1; dx = [.4,.4,.4,−.6,−.6], dy = [1,0,0,0,−1]
     * Σdx·dy = .4 + .6 = 1.0; Σdx² = 1.2; Σdy² = 2  →  r = 1 / √2.4 = 0.645497
     * point-biserial: M_right = (2+1+1)/3 = 4/3, M_wrong = (1+0)/2 = 0.5,
     *   S = √(popvar X') = √(2/5) = 0.632456, √(pq) = √0.24 = 0.489898
     *   r_pb = (4/3 − 0.5) / 0.632456 · 0.489898 = 0.645497 (equal to r, as it must be)
     */
    expect(q1!.responses).toBe(5);
    expect(q1!.facility).toBeCloseTo(0.6, 10);
    expect(q1!.discrimination).toBeCloseTo(0.645497, 6);
    expect(q1!.pointBiserial).toBeCloseTo(0.645497, 6);
  });

  it('q2: an item unrelated to the rest of the test has discrimination 0', () => {
    /*
     * x = [1,1,0,1,0], X = [3,2,2,1,0], rest = [2,1,2,0,0], means 0.6 and 1
     * dx = [.4,.4,−.6,.4,−.6], dy = [1,0,1,−1,−1]; Σdx·dy = .4 − .6 − .4 + .6 = 0  →  r = 0
     */
    expect(q2!.facility).toBeCloseTo(0.6, 10);
    expect(q2!.discrimination).toBeCloseTo(0, 10);
    expect(q2!.pointBiserial).toBeCloseTo(0, 10);
  });

  it('q3: discrimination', () => {
    /*
     * x = [1,0,1,0,0], rest = [2,2,1,1,0], means 0.4 and 1.2
     * dx = [.6,−.4,.6,−.4,−.4], dy = [.8,.8,−.2,−.2,−1.2]
     * Σdx·dy = .48 − .32 − .12 + .08 + .48 = 0.6; Σdx² = 1.2; Σdy² = 2.8
     * r = 0.6 / √3.36 = 0.327327
     */
    expect(q3!.facility).toBeCloseTo(0.4, 10);
    expect(q3!.discrimination).toBeCloseTo(0.327327, 6);
    expect(q3!.pointBiserial).toBeCloseTo(0.327327, 6);
  });

  it('option shares, the unanswered share and the weaker/stronger halves', () => {
    /*
     * q3 choices: c, a, c, (none), b → a 1/5, b 1/5, c 2/5, unanswered 1/5
     * ranked by rest [2,2,1,1,0]: lower half = A5 (0), A3 (1); upper half = A2 (2), A1 (2)
     *   c: lower {b, c} → 1/2, upper {a, c} → 1/2;  a: lower 0, upper 1/2;  b: lower 1/2, upper 0
     */
    expect(q3!.unansweredShare).toBeCloseTo(0.2, 10);
    expect(q3!.options).toEqual([
      { optionId: 'a', correct: false, count: 1, share: 0.2, lowerGroupShare: 0, upperGroupShare: 0.5 },
      { optionId: 'b', correct: false, count: 1, share: 0.2, lowerGroupShare: 0.5, upperGroupShare: 0 },
      { optionId: 'c', correct: true, count: 2, share: 0.4, lowerGroupShare: 0.5, upperGroupShare: 0.5 },
    ]);
  });

  it('counts several chosen options of a multiple-response item once each', () => {
    const attempts: AttemptResponses[] = [
      { responses: [{ itemId: 1, mark: 1, chosenOptionIds: ['a', 'b'] }] },
      { responses: [{ itemId: 1, mark: 0, chosenOptionIds: ['a'] }] },
    ];
    const [item] = computeItemStatistics(attempts, [
      {
        itemId: 1,
        options: [
          { id: 'a', correct: true },
          { id: 'b', correct: true },
          { id: 'c', correct: false },
        ],
      },
    ]);
    expect(item!.options.map((o) => [o.optionId, o.share])).toEqual([
      ['a', 1],
      ['b', 0.5],
      ['c', 0],
    ]);
  });
});

describe('degenerate cases give null, never NaN', () => {
  it('an item nobody answered', () => {
    const [item] = computeItemStatistics(ATTEMPTS, [{ itemId: 'never-shown', options: OPTIONS('a') }]);
    expect(item).toMatchObject({
      responses: 0,
      facility: null,
      discrimination: null,
      pointBiserial: null,
      unansweredShare: null,
    });
    expect(item!.options[0]).toMatchObject({
      count: 0,
      share: null,
      lowerGroupShare: null,
      upperGroupShare: null,
    });
  });

  it('an item everyone got right (zero variance of the mark)', () => {
    const attempts = [1, 0, 1].map((other) => ({
      responses: [
        { itemId: 'easy', mark: 1 as const, chosenOptionIds: ['a'] },
        { itemId: 'other', mark: other as 0 | 1, chosenOptionIds: [] },
      ],
    }));
    const [easy] = computeItemStatistics(attempts, [{ itemId: 'easy', options: OPTIONS('a') }]);
    expect(easy).toMatchObject({ facility: 1, discrimination: null, pointBiserial: null });
  });

  it('a constant rest score', () => {
    const attempts = [1, 0].map((mark) => ({
      responses: [{ itemId: 'only', mark: mark as 0 | 1, chosenOptionIds: [] }],
    }));
    const [only] = computeItemStatistics(attempts, [{ itemId: 'only', options: [] }]);
    expect(only).toMatchObject({ facility: 0.5, discrimination: null, pointBiserial: null });
  });

  it('descriptive helpers', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(pearson([1, 2], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(populationVariance([])).toBeNull();
    expect(pointBiserial([1, 1], [3, 4])).toBeNull();
  });
});

describe('discrimination equals the point-biserial on any 0/1 data', () => {
  it('holds on a larger pseudo-random matrix', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items: ItemDefinition[] = Array.from({ length: 8 }, (_, i) => ({
      itemId: i,
      options: OPTIONS('a'),
    }));
    const attempts: AttemptResponses[] = Array.from({ length: 60 }, () => {
      const ability = random();
      return {
        responses: items.map((item) => ({
          itemId: item.itemId,
          mark: (random() < ability ? 1 : 0) as 0 | 1,
          chosenOptionIds: ['a'],
        })),
      };
    });
    for (const item of computeItemStatistics(attempts, items)) {
      expect(item.pointBiserial).not.toBeNull();
      expect(item.pointBiserial!).toBeCloseTo(item.discrimination!, 10);
    }
  });
});
