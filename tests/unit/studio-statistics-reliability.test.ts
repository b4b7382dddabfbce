import { describe, expect, it } from 'vitest';
import {
  classifyDiscrimination,
  computeExamReliability,
  computeItemStatistics,
  computeReliability,
  findPoorItemReasons,
  flagPoorItems,
  type AttemptResponses,
  type ItemStatistics,
} from '../../lib/studio/statistics';
import { ATTEMPTS, ITEMS } from '../helpers/statistics-example';

describe('reliability', () => {
  it('is null with too few attempts or items, or no score variance', () => {
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
