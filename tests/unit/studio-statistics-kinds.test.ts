import { describe, expect, it } from 'vitest';
import { computeItemStatistics, computeStructuredParts, pearson } from '@/lib/studio/statistics';
import { ORDERING_OPTIONS } from '../helpers/question-kinds';

const ORDER = ORDERING_OPTIONS.map((o) => ({ id: o.id, text: o.text }));

describe('item statistics of an ordering item', () => {
  it('judges each position: share with the right item, the item most often put there instead', () => {
    const parts = computeStructuredParts('ordering', ORDER, [
      ['a', 'b', 'c', 'd'],
      ['b', 'a', 'c', 'd'],
      ['b', 'a', 'd', 'c'],
      [],
    ]);
    expect(parts.map((p) => [p.label, p.rightShare])).toEqual([
      ['Step a', 0.25],
      ['Step b', 0.25],
      ['Step c', 0.5],
      ['Step d', 0.5],
    ]);
    expect(parts[0]!.commonWrong).toEqual({ id: 'b', text: 'Step b', count: 2, share: 0.5 });
    expect(parts[2]!.commonWrong).toEqual({ id: 'd', text: 'Step d', count: 1, share: 0.25 });
  });

  it('takes facility from the score and discrimination against the rest score, with parts, not options', () => {
    // Three attempts of two items: the ordering item (partial credit) and a choice item.
    const attempts = [
      {
        responses: [
          { itemId: 1, mark: 1, chosenOptionIds: ['a', 'b', 'c', 'd'] },
          { itemId: 2, mark: 1, chosenOptionIds: ['x'] },
        ],
      },
      {
        responses: [
          { itemId: 1, mark: 0.5, chosenOptionIds: ['b', 'a', 'c', 'd'] },
          { itemId: 2, mark: 1, chosenOptionIds: ['x'] },
        ],
      },
      {
        responses: [
          { itemId: 1, mark: 0, chosenOptionIds: ['d', 'c', 'b', 'a'] },
          { itemId: 2, mark: 0, chosenOptionIds: ['y'] },
        ],
      },
    ];
    const [ordering] = computeItemStatistics(attempts, [
      { itemId: 1, kind: 'ordering', options: ORDER.map((o) => ({ ...o, correct: false })) },
    ]);
    expect(ordering!.facility).toBeCloseTo(0.5);
    expect(ordering!.discrimination).toBeCloseTo(pearson([1, 0.5, 0], [1, 1, 0])!);
    expect(ordering!.options).toEqual([]);
    expect(ordering!.parts!.map((p) => p.rightShare)).toEqual([1 / 3, 1 / 3, 2 / 3, 2 / 3]);
  });
});
