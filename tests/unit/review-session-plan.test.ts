import { describe, expect, it } from 'vitest';
import { MAX_COUNTED_ANSWER_MS } from '@/lib/progress/study-time';
import { newCardState } from '@/lib/review/card-state';
import { scheduleReview } from '@/lib/review/scheduler';
import { planSessionReviews, type SessionAnswer } from '@/lib/review/session-plan';

const T0 = Date.UTC(2026, 2, 2, 9);
const answer = (over: Partial<SessionAnswer>): SessionAnswer => ({
  questionId: 1,
  objectiveId: 10,
  correct: true,
  timeSpentMs: 30_000,
  answeredAt: T0,
  flagged: false,
  card: null,
  ...over,
});

describe('planning the reviews of a submitted session', () => {
  it('makes one review per answer, keyed by session and question, in answer order', () => {
    const plan = planSessionReviews(
      'S1',
      [
        answer({ questionId: 2, answeredAt: T0 + 2000, correct: false }),
        answer({ questionId: 1, answeredAt: T0 + 1000 }),
      ],
      120_000,
    );
    expect(plan.logs.map((l) => [l.questionId, l.rating, l.idempotencyKey])).toEqual([
      [1, 'good', 'S1:1'.replace('S1', 's:S1')],
      [2, 'again', 's:S1:2'],
    ]);
    expect(plan.cards.map((c) => c.next.reps)).toEqual([1, 1]);
  });

  it('rates a flagged right answer Hard and a slow one Hard', () => {
    const plan = planSessionReviews(
      'S',
      [answer({ questionId: 1, flagged: true }), answer({ questionId: 2, timeSpentMs: 200_000 })],
      120_000,
    );
    expect(plan.logs.map((l) => l.rating)).toEqual(['hard', 'hard']);
  });

  it('builds on an existing card and records what it was before', () => {
    const existing = scheduleReview(
      newCardState(new Date(T0 - 86_400_000)),
      'good',
      new Date(T0 - 86_400_000),
    );
    const plan = planSessionReviews('S', [answer({ card: existing, correct: false })], 120_000);
    expect(plan.logs[0]!.previous).toEqual(existing);
    expect(plan.cards[0]!.next).toMatchObject({ reps: 2, lapses: 1, state: 'relearning' });
  });

  it('adds up totals per objective, counting at most ten minutes per answer', () => {
    const plan = planSessionReviews(
      'S',
      [
        answer({ questionId: 1, objectiveId: 10, correct: true, timeSpentMs: 60_000, answeredAt: T0 }),
        answer({
          questionId: 2,
          objectiveId: 10,
          correct: false,
          timeSpentMs: 3_600_000,
          answeredAt: T0 + 5,
        }),
        answer({ questionId: 3, objectiveId: 11, correct: true, answeredAt: T0 + 9 }),
        answer({ questionId: 4, objectiveId: null }),
      ],
      120_000,
    );
    expect(plan.totals).toEqual([
      {
        objectiveId: 10,
        answered: 2,
        correct: 1,
        answerTimeMs: 60_000 + MAX_COUNTED_ANSWER_MS,
        lastActivityAt: T0 + 5,
      },
      { objectiveId: 11, answered: 1, correct: 1, answerTimeMs: 30_000, lastActivityAt: T0 + 9 },
    ]);
    expect(plan.logs).toHaveLength(4);
  });

  it('does nothing for a session without answers', () => {
    expect(planSessionReviews('S', [], 120_000)).toEqual({ cards: [], logs: [], totals: [] });
  });
});
