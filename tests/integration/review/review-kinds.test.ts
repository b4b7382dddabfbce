import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getReviewQueue } from '@/server/review/queue';
import { recordReview } from '@/server/review/record-review';
import { revealReview } from '@/server/review/reveal';
import { rows } from '../../helpers/database';
import { createExam, createReviewCard, createUser } from '../../helpers/factories';
import { createKindQuestions } from '../../helpers/question-kinds';
import { at, minutes, T0 } from '../../helpers/time';

const TZ = 'Europe/Paris';
const NOW = at(minutes(30));

/** A learner with two due cards: a matching question (partial credit) and an ordering one (all-or-nothing). */
async function kindCards() {
  const exam = await createExam();
  const learner = await createUser();
  const { matching, ordering } = await createKindQuestions(exam.id);
  await createReviewCard({ user: learner, question: matching, due: T0 });
  await createReviewCard({ user: learner, question: ordering, due: at(minutes(1)) });
  const queue = await getReviewQueue(learner, { tz: TZ, limit: 10 }, NOW);
  return { learner, queue, matching, ordering };
}

const shown = (card: { cardId: number; seenReps: number; question: { versionId: number } }) => ({
  cardId: card.cardId,
  seenReps: card.seenReps,
  versionId: card.question.versionId,
  timeSpentMs: 10_000,
});

describe('matching and ordering cards in the daily review', () => {
  it('are due and counted, shown without their key, in one order per presentation', async () => {
    const { learner, queue } = await kindCards();
    expect(queue.dueToday).toBe(2);
    const [m, o] = queue.cards;
    expect(m!.question).toMatchObject({
      type: 'matching',
      choose: 0,
      partialCredit: true,
      responsesReusable: false,
    });
    expect(o!.question).toMatchObject({ type: 'ordering', choose: 0, partialCredit: false });
    expect(JSON.stringify(queue.cards)).not.toContain('"match"');
    expect(m!.question.options.filter((x) => x.premise).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(o!.question.options.map((x) => x.id).join()).not.toBe('a,b,c,d');
    const again = await getReviewQueue(learner, { tz: TZ, limit: 10 }, NOW);
    expect(again.cards).toEqual(queue.cards);
  });

  it('scores a half-right matching answer with partial credit and suggests Hard; below half, Again', async () => {
    const { learner, queue } = await kindCards();
    const card = queue.cards[0]!;
    const two = await revealReview(learner, { ...shown(card), selected: ['a:d', 'b:e', 'c:g'] }, NOW);
    expect(two.feedback).toMatchObject({ correct: false, correctOptionIds: ['a:d', 'b:e', 'c:f'] });
    expect(two.feedback.score).toBeCloseTo(2 / 3);
    expect(two.suggested).toBe('hard');
    const one = await revealReview(learner, { ...shown(card), selected: ['a:d', 'b:f', 'c:e'] }, NOW);
    expect(one.feedback.score).toBeCloseTo(1 / 3);
    expect(one.suggested).toBe('again');
    const all = await revealReview(learner, { ...shown(card), selected: ['a:d', 'b:e', 'c:f'] }, NOW);
    expect(all.feedback).toMatchObject({ correct: true, score: 1 });
    expect(all.suggested).toBe('good');
  });

  it('records a rated ordering review, all-or-nothing, and refuses an answer that is not an order', async () => {
    const { learner, queue } = await kindCards();
    const card = queue.cards[1]!;
    await expect(revealReview(learner, { ...shown(card), selected: ['a', 'b'] }, NOW)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const reveal = await revealReview(learner, { ...shown(card), selected: ['a', 'b', 'd', 'c'] }, NOW);
    expect(reveal.feedback).toMatchObject({
      correct: false,
      score: 0,
      correctOptionIds: ['a', 'b', 'c', 'd'],
    });
    expect(reveal.suggested).toBe('again');
    const outcome = await recordReview(
      learner,
      {
        ...shown(card),
        presentationId: randomUUID(),
        selected: ['a', 'b', 'd', 'c'],
        rating: 'again',
        revealedAt: reveal.revealedAt,
      },
      NOW,
    );
    expect(outcome.status).toBe('recorded');
    const [log] = await rows(
      "SELECT rating, is_correct FROM review_logs WHERE card_id = ? AND kind = 'review'",
      [card.cardId],
    );
    expect(log).toMatchObject({ rating: 1, is_correct: 0 });
    const [stored] = await rows('SELECT reps, lapses FROM review_cards WHERE id = ?', [card.cardId]);
    expect(stored).toMatchObject({ reps: card.seenReps + 1, lapses: 1 });
  });
});
