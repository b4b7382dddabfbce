import { describe, expect, it } from 'vitest';
import { displayPercent, hasPassed, isCorrectAnswer, scoreAttempt } from '@/lib/exam/scoring';

const single = [
  { id: 'a', correct: false },
  { id: 'b', correct: true },
  { id: 'c', correct: false },
];
const multiple = [
  { id: 'a', correct: true },
  { id: 'b', correct: false },
  { id: 'c', correct: true },
  { id: 'd', correct: false },
];

describe('isCorrectAnswer', () => {
  it('single response: only the key', () => {
    expect(isCorrectAnswer(single, ['b'])).toBe(true);
    expect(isCorrectAnswer(single, ['a'])).toBe(false);
    expect(isCorrectAnswer(single, ['a', 'b'])).toBe(false);
  });

  it('multiple response is all-or-nothing', () => {
    expect(isCorrectAnswer(multiple, ['a', 'c'])).toBe(true);
    expect(isCorrectAnswer(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrectAnswer(multiple, ['a'])).toBe(false);
    expect(isCorrectAnswer(multiple, ['a', 'c', 'd'])).toBe(false);
    expect(isCorrectAnswer(multiple, ['a', 'b'])).toBe(false);
  });

  it('no answer scores nothing', () => {
    expect(isCorrectAnswer(single, null)).toBe(false);
    expect(isCorrectAnswer(single, [])).toBe(false);
    expect(isCorrectAnswer(multiple, undefined)).toBe(false);
  });

  it('a repeated option does not count twice', () => {
    expect(isCorrectAnswer(multiple, ['a', 'a'])).toBe(false);
    expect(isCorrectAnswer(single, ['b', 'b'])).toBe(true);
  });
});

describe('scoreAttempt', () => {
  it('scores, counts answered questions and breaks the score down by objective, weakest first', () => {
    const score = scoreAttempt(
      [
        { objectiveId: 1, options: single, selected: ['b'] },
        { objectiveId: 1, options: single, selected: ['a'] },
        { objectiveId: 1, options: multiple, selected: ['a', 'c'] },
        { objectiveId: 2, options: multiple, selected: ['a'] },
        { objectiveId: 2, options: single, selected: null },
        { objectiveId: 3, options: single, selected: ['b'] },
      ],
      50,
    );
    expect(score).toMatchObject({ correct: 3, total: 6, answered: 5, percent: 50, passed: true });
    expect(score.results).toEqual([true, false, true, false, false, true]);
    expect(score.byObjective.map((o) => [o.objectiveId, o.correct, o.total])).toEqual([
      [2, 0, 2],
      [1, 2, 3],
      [3, 1, 1],
    ]);
    expect(score.byObjective[1]!.percent).toBeCloseTo(66.667, 2);
  });

  it('compares the unrounded percent with the passing score', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      objectiveId: 1,
      options: single,
      selected: i < 139 ? ['b'] : ['a'],
    }));
    const score = scoreAttempt(items, 70);
    expect(score.percent).toBeCloseTo(69.5, 5);
    expect(score.passed).toBe(false);
    expect(displayPercent(score.percent)).toBe(69);
    expect(hasPassed(70, 70)).toBe(true);
    expect(hasPassed((7 / 10) * 100, 70)).toBe(true);
  });

  it('has no pass/fail without a passing score, and handles an empty attempt', () => {
    expect(scoreAttempt([{ objectiveId: null, options: single, selected: ['b'] }], null).passed).toBeNull();
    expect(scoreAttempt([], 70)).toMatchObject({
      correct: 0,
      total: 0,
      percent: 0,
      passed: false,
      byObjective: [],
    });
  });

  it('breaks ties between equally weak objectives by the number of questions', () => {
    const score = scoreAttempt(
      [
        { objectiveId: 1, options: single, selected: ['a'] },
        { objectiveId: 2, options: single, selected: ['a'] },
        { objectiveId: 2, options: single, selected: ['a'] },
      ],
      70,
    );
    expect(score.byObjective.map((o) => o.objectiveId)).toEqual([2, 1]);
  });
});
