import type { AttemptResponses, ItemDefinition } from '../../lib/studio/statistics';

// The hand-computed example of the item-statistics tests (tests/unit/studio-statistics*.test.ts).

export const OPTIONS = (key: string) => ['a', 'b', 'c'].map((id) => ({ id, correct: id === key }));
export const ITEMS: ItemDefinition[] = [
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
export const ATTEMPTS: AttemptResponses[] = CHOICES.map((row, attempt) => ({
  attemptId: `A${attempt + 1}`,
  responses: row.map((choice, i) => ({
    itemId: ITEMS[i]!.itemId,
    mark: ITEMS[i]!.options.some((o) => o.correct && o.id === choice) ? 1 : 0,
    chosenOptionIds: choice ? [choice] : [],
  })),
}));
