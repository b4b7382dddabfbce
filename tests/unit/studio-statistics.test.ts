import { describe, expect, it } from 'vitest';
import {
  classifyDiscrimination,
  computeExamReliability,
  computeItemStatistics,
  computeReliability,
  findPoorItemReasons,
  flagPoorItems,
  pearson,
  pointBiserial,
  populationVariance,
  type AttemptResponses,
  type ItemDefinition,
  type ItemStatistics,
} from '../../lib/studio/statistics';

const OPTIONS = (key: string) => ['a', 'b', 'c'].map((id) => ({ id, correct: id === key }));
const ITEMS: ItemDefinition[] = [
  { itemId: 'q1', options: OPTIONS('a') },
  { itemId: 'q2', options: OPTIONS('b') },
  { itemId: 'q3', options: OPTIONS('c') },
];

/**
 * Five attempts at the same three items (key q1 a, q2 b, q3 c):
 *
 *   attempt  q1 q2 q3  total X
 *   A1        a  b  c      3
 *   A2        a  b  a      2
 *   A3        a  c  c      2
 *   A4        b  b  -      1      (q3 unanswered)
 *   A5        c  c  b      0
 */
const CHOICES: string[][] = [
  ['a', 'b', 'c'],
  ['a', 'b', 'a'],
  ['a', 'c', 'c'],
  ['b', 'b', ''],
  ['c', 'c', 'b'],
];
const ATTEMPTS: AttemptResponses[] = CHOICES.map((row, attempt) => ({
  attemptId: `A${attempt + 1}`,
  responses: row.map((choice, i) => ({
    itemId: ITEMS[i]!.itemId,
    mark: ITEMS[i]!.options.some((o) => o.correct && o.id === choice) ? 1 : 0,
    chosenOptionIds: choice ? [choice] : [],
  })),
}));

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

  it('reliability with too few attempts or items, or no score variance', () => {
    expect(computeReliability([])).toMatchObject({
      attempts: 0,
      items: 0,
      kr20: null,
      alpha: null,
      sem: null,
      meanScore: null,
    });
    expect(computeReliability([[1, 0]])).toMatchObject({ kr20: null, alpha: null, sem: null });
    expect(computeReliability([[1], [0]])).toMatchObject({ kr20: null, alpha: null });
    expect(
      computeReliability([
        [1, 0],
        [0, 1],
      ]),
    ).toMatchObject({ scoreStandardDeviation: 0, kr20: null, alpha: null, sem: null });
  });
});

describe('reliability', () => {
  it('KR-20, alpha and SEM on the hand-computed example', () => {
    /*
     * X = [3,2,2,1,0], mean 1.6, σ²_X = (1.96 + .16 + .16 + .36 + 2.56) / 5 = 1.04
     * p = [.6,.6,.4] → Σpq = 3 · .24 = .72;  K = 3
     * KR-20 = 3/2 · (1 − .72/1.04) = 0.461538;  α is the same (σ²_i = pq for 0/1 marks)
     * SEM = √1.04 · √(1 − 0.461538) = √(1.04 · 0.538462) = √0.56 = 0.748331
     */
    const result = computeExamReliability(ATTEMPTS);
    expect(result).toMatchObject({ attempts: 5, items: 3, excludedAttempts: 0, meanScore: 1.6 });
    expect(result.scoreStandardDeviation).toBeCloseTo(Math.sqrt(1.04), 10);
    expect(result.kr20).toBeCloseTo(0.461538, 6);
    expect(result.alpha).toBeCloseTo(0.461538, 6);
    expect(result.sem).toBeCloseTo(0.748331, 6);
    expect(computeExamReliability(ATTEMPTS, 'item').kr20).toBeCloseTo(0.461538, 6);
  });

  it('by position compares attempts that drew different questions, and leaves out odd lengths', () => {
    const drawn: AttemptResponses[] = ATTEMPTS.map((attempt, i) => ({
      responses: attempt.responses.map((r, position) => ({ ...r, itemId: `bank-${i}-${position}` })),
    }));
    drawn.push({ responses: [{ itemId: 'short', mark: 1, chosenOptionIds: [] }] });
    const byPosition = computeExamReliability(drawn, 'position');
    expect(byPosition).toMatchObject({ attempts: 5, items: 3, excludedAttempts: 1 });
    expect(byPosition.alpha).toBeCloseTo(0.461538, 6);
    expect(computeExamReliability(drawn, 'item')).toMatchObject({
      attempts: 0,
      excludedAttempts: 6,
      alpha: null,
    });
  });
});

function itemWith(overrides: Partial<ItemStatistics>): ItemStatistics {
  return {
    itemId: 'x',
    responses: 100,
    facility: 0.6,
    discrimination: 0.35,
    pointBiserial: 0.35,
    unansweredShare: 0,
    options: [
      { optionId: 'a', correct: true, count: 60, share: 0.6, lowerGroupShare: null, upperGroupShare: null },
      { optionId: 'b', correct: false, count: 40, share: 0.4, lowerGroupShare: null, upperGroupShare: null },
    ],
    ...overrides,
  };
}

describe('flagPoorItems', () => {
  it('flags facility below 20% or above 95%, boundaries excluded', () => {
    expect(findPoorItemReasons(itemWith({ facility: 0.19 }))).toEqual([{ code: 'too-hard', facility: 0.19 }]);
    expect(findPoorItemReasons(itemWith({ facility: 0.2 }))).toEqual([]);
    expect(findPoorItemReasons(itemWith({ facility: 0.95 }))).toEqual([]);
    expect(findPoorItemReasons(itemWith({ facility: 0.96 }))).toEqual([{ code: 'too-easy', facility: 0.96 }]);
  });

  it('flags discrimination below 0.2, and below 0 as a possible wrong key', () => {
    expect(findPoorItemReasons(itemWith({ discrimination: 0.2 }))).toEqual([]);
    expect(findPoorItemReasons(itemWith({ discrimination: 0.19 }))).toEqual([
      { code: 'low-discrimination', discrimination: 0.19 },
    ]);
    expect(findPoorItemReasons(itemWith({ discrimination: -0.1 }))).toEqual([
      { code: 'negative-discrimination', discrimination: -0.1 },
    ]);
    expect(findPoorItemReasons(itemWith({ discrimination: null }))).toEqual([]);
  });

  it('flags a wrong option chosen more often than the key', () => {
    const options = [
      { optionId: 'a', correct: true, count: 30, share: 0.3, lowerGroupShare: null, upperGroupShare: null },
      { optionId: 'b', correct: false, count: 45, share: 0.45, lowerGroupShare: null, upperGroupShare: null },
      { optionId: 'c', correct: false, count: 25, share: 0.25, lowerGroupShare: null, upperGroupShare: null },
    ];
    expect(findPoorItemReasons(itemWith({ facility: 0.3, options }))).toEqual([
      { code: 'distractor-beats-key', optionId: 'b', optionShare: 0.45, keyShare: 0.3 },
    ]);
  });

  it('judges nothing below the minimum number of responses (default 10)', () => {
    const thin = itemWith({ itemId: 'thin', responses: 9, facility: 0 });
    const enough = itemWith({ itemId: 'enough', responses: 10, facility: 0 });
    expect(flagPoorItems([thin, enough, itemWith({ itemId: 'fine' })])).toEqual([
      { itemId: 'enough', responses: 10, reasons: [{ code: 'too-hard', facility: 0 }] },
    ]);
    expect(flagPoorItems([thin], { minResponses: 5 })).toHaveLength(1);
  });

  it('flags the items of the hand-computed example only once the threshold allows so few responses', () => {
    const stats = computeItemStatistics(ATTEMPTS, ITEMS);
    expect(flagPoorItems(stats)).toEqual([]);
    expect(
      flagPoorItems(stats, { minResponses: 5 }).map((p) => [p.itemId, p.reasons.map((r) => r.code)]),
    ).toEqual([['q2', ['low-discrimination']]]);
  });

  it('bands discrimination by the classical thresholds (0.4 / 0.3 / 0.2 / 0)', () => {
    expect([0.45, 0.35, 0.25, 0.1, -0.05].map(classifyDiscrimination)).toEqual([
      'very-good',
      'good',
      'marginal',
      'poor',
      'negative',
    ]);
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
