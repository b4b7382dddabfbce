import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import {
  RATING_LABELS,
  RATING_NUMBER,
  ratingForAnswer,
  ratingForKey,
  ratingFromNumber,
  REVIEW_RATINGS,
  slowThresholdMs,
} from '@/lib/review/rating';

// A 130-minute, 65-question exam: two minutes per question.
const slowAfterMs = slowThresholdMs({ durationMinutes: 130, questionCount: 65 });

describe('answer → FSRS rating', () => {
  it('uses the real exam pace as the "slow" threshold', () => {
    expect(slowAfterMs).toBe(120_000);
    expect(slowThresholdMs({ durationMinutes: 0, questionCount: 10 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('wrong is Again, right is Good, right but slow or unsure is Hard', () => {
    expect(ratingForAnswer({ correct: false, timeSpentMs: 10_000, unsure: false, slowAfterMs })).toBe(
      'again',
    );
    expect(ratingForAnswer({ correct: false, timeSpentMs: 500_000, unsure: true, slowAfterMs })).toBe(
      'again',
    );
    expect(ratingForAnswer({ correct: true, timeSpentMs: 60_000, unsure: false, slowAfterMs })).toBe('good');
    expect(ratingForAnswer({ correct: true, timeSpentMs: 120_000, unsure: false, slowAfterMs })).toBe('good');
    expect(ratingForAnswer({ correct: true, timeSpentMs: 120_001, unsure: false, slowAfterMs })).toBe('hard');
    expect(ratingForAnswer({ correct: true, timeSpentMs: 5_000, unsure: true, slowAfterMs })).toBe('hard');
  });

  it('partial credit: half or more right is Hard, below half Again, full marks as a right answer', () => {
    const partly = (score: number) =>
      ratingForAnswer({ correct: score >= 1, score, timeSpentMs: 10_000, unsure: false, slowAfterMs });
    expect(partly(0.5)).toBe('hard');
    expect(partly(2 / 3)).toBe('hard');
    expect(partly(0.49)).toBe('again');
    expect(partly(0)).toBe('again');
    expect(partly(1)).toBe('good');
  });

  it('never calls an unknown time (0) slow', () => {
    expect(ratingForAnswer({ correct: true, timeSpentMs: 0, unsure: false, slowAfterMs: 0 })).toBe('good');
  });

  it("maps to ts-fsrs's rating numbers and back", () => {
    expect(RATING_NUMBER).toEqual({ again: 1, hard: 2, good: 3, easy: 4 });
    expect(RATING_NUMBER).toEqual({
      again: Rating.Again,
      hard: Rating.Hard,
      good: Rating.Good,
      easy: Rating.Easy,
    });
    expect([1, 2, 3, 4].map(ratingFromNumber)).toEqual(['again', 'hard', 'good', 'easy']);
    expect(REVIEW_RATINGS.map((r) => RATING_LABELS[r])).toEqual(['Again', 'Hard', 'Good', 'Easy']);
  });

  it('keys 1–4 are Again, Hard, Good, Easy; other keys are none', () => {
    expect(['1', '2', '3', '4'].map(ratingForKey)).toEqual(['again', 'hard', 'good', 'easy']);
    for (const key of ['0', '5', '9', ' ', 'Enter', 'a', '12', '', '３'])
      expect(ratingForKey(key)).toBeNull();
  });
});
