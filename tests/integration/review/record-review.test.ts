import { beforeEach, describe, expect, it } from 'vitest';
import { AuthorizationError, type SessionUser } from '@/lib/auth/guards';
import { CardNotFoundError, QuestionRetiredError, ReviewInputError } from '@/lib/review/errors';
import { recordReview } from '@/server/review/record-review';
import { setCardSuspended } from '@/server/review/suspend';
import { countRows, testDatabase } from '../../helpers/database';
import { createUser, type KeyedQuestion } from '../../helpers/factories';
import { at, minutes } from '../../helpers/time';
import { cardsOf, reviewTables } from './helpers';
import { answerFor, learnerWithCards, queueOf } from './review-flow';

let learner: SessionUser;
let bank: KeyedQuestion[];
const NOW = at(minutes(30));

beforeEach(async () => {
  learner = await createUser();
  ({ bank } = await learnerWithCards(learner, { right: 2, wrong: 2 }));
});

describe('recording a review', () => {
  it('counts a right answer, moves the card to a later day, and the due count drops', async () => {
    const before = await queueOf(learner, NOW);
    // The two missed questions are due again 10 minutes after they were answered.
    expect(before.dueToday).toBe(2);
    const card = before.cards[0]!;

    const outcome = await recordReview(learner, answerFor(card, bank, true), NOW);
    expect(outcome).toMatchObject({ status: 'recorded', rating: 'good', feedback: { correct: true } });
    expect(outcome.nextDueAt).toBeGreaterThan(NOW.getTime() + 86_400_000 - 1);
    expect(outcome.feedback.explanation).toContain('Explanation for test question');
    expect(outcome.feedback.references).toEqual([
      { title: 'Test reference', url: 'https://example.com/reference' },
    ]);

    const stored = (await cardsOf(learner.id)).find((c) => c.id === card.cardId)!;
    expect(stored).toMatchObject({ reps: card.seenReps + 1, state: 'review', lastReview: NOW.getTime() });
    expect(
      await countRows('review_logs', { where: "card_id = ? AND kind = 'review'", args: [card.cardId] }),
    ).toBe(1);
    expect(
      await countRows('progress_objective_totals', {
        where: 'user_id = ? AND reviews = 1',
        args: [learner.id],
      }),
    ).toBe(1);
    expect((await queueOf(learner, NOW)).dueToday).toBe(1);
  });

  it('records the rating the learner chose, not one derived from the answer', async () => {
    const [first, second] = (await queueOf(learner, NOW)).cards;
    const wrong = await recordReview(learner, answerFor(first!, bank, false), NOW);
    expect(wrong).toMatchObject({
      status: 'recorded',
      rating: 'again',
      nextDueAt: NOW.getTime() + minutes(10),
      feedback: { correct: false },
    });
    // Right, but the learner says it was hard: Hard it is.
    const hard = await recordReview(learner, answerFor(second!, bank, true, { rating: 'hard' }), NOW);
    expect(hard).toMatchObject({ rating: 'hard', feedback: { correct: true } });
    expect((await queueOf(learner, NOW)).dueToday).toBe(2);
  });

  it('counts one review when the same presentation is submitted twice at once (double click)', async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    const answer = answerFor(card, bank, true);
    const results = await Promise.all([
      recordReview(learner, answer, NOW),
      recordReview(learner, answer, NOW),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'recorded']);
    expect(results.every((r) => r.rating === 'good')).toBe(true);
    expect(
      await countRows('review_logs', { where: "card_id = ? AND kind = 'review'", args: [card.cardId] }),
    ).toBe(1);
    expect((await cardsOf(learner.id)).find((c) => c.id === card.cardId)!.reps).toBe(card.seenReps + 1);

    // A late retry gets the same answer and changes nothing.
    const tables = await reviewTables();
    expect(await recordReview(learner, answer, at(minutes(31)))).toMatchObject({
      status: 'duplicate',
      rating: 'good',
    });
    expect(await reviewTables()).toEqual(tables);
  });

  it('counts one review when two devices review the same card at once', async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    const results = await Promise.all([
      recordReview(learner, answerFor(card, bank, true), NOW),
      recordReview(learner, answerFor(card, bank, false), NOW),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['recorded', 'stale']);
    expect(
      await countRows('review_logs', { where: "card_id = ? AND kind = 'review'", args: [card.cardId] }),
    ).toBe(1);
    expect((await cardsOf(learner.id)).find((c) => c.id === card.cardId)!.reps).toBe(card.seenReps + 1);
  });

  it('refuses a presentation id reused for another card, even when both race', async () => {
    const [first, second] = (await queueOf(learner, NOW)).cards;
    const one = answerFor(first!, bank, true);
    const other = answerFor(second!, bank, true, { presentationId: one.presentationId });
    const results = await Promise.allSettled([
      recordReview(learner, one, NOW),
      recordReview(learner, other, NOW),
    ]);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { status: 'recorded' } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: expect.any(ReviewInputError) });
    expect(
      await countRows('review_logs', { where: "user_id = ? AND kind = 'review'", args: [learner.id] }),
    ).toBe(1);
    expect((await cardsOf(learner.id)).find((c) => c.id === second!.cardId)!.reps).toBe(second!.seenReps);
  });

  it("answers another learner's card as not found and changes nothing", async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    const intruder = await createUser();
    const tables = await reviewTables();
    await expect(recordReview(intruder, answerFor(card, bank, true), NOW)).rejects.toBeInstanceOf(
      CardNotFoundError,
    );
    await expect(
      setCardSuspended(intruder, { cardId: card.cardId, suspended: true }, NOW),
    ).rejects.toBeInstanceOf(CardNotFoundError);
    await expect(
      recordReview(learner, answerFor({ ...card, cardId: 987_654 }, bank, true), NOW),
    ).rejects.toBeInstanceOf(CardNotFoundError);
    await expect(recordReview(null, answerFor(card, bank, true), NOW)).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect(await reviewTables()).toEqual(tables);
  });

  it('refuses malformed answers with a clear error and changes nothing', async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    const tables = await reviewTables();
    const bad: [Record<string, unknown>, string][] = [
      [{ selected: 'a' }, 'selected'],
      [{ selected: ['zz'] }, 'selected'],
      [{ rating: 'perfect' }, 'rating'],
      [{ rating: 3 }, 'rating'],
      [{ rating: undefined }, 'rating'],
      [{ revealedAt: 'yesterday' }, 'revealedAt'],
      [{ presentationId: 'not-a-uuid' }, 'presentationId'],
      [{ seenReps: -1 }, 'seenReps'],
      [{ timeSpentMs: -5 }, 'timeSpentMs'],
      [{ versionId: bank[10]!.versionId }, 'versionId'],
      [{ extra: 'field' }, '_form'],
    ];
    for (const [change, field] of bad) {
      const error = await recordReview(learner, answerFor(card, bank, true, change), NOW).catch(
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(change)).toBeInstanceOf(ReviewInputError);
      expect((error as ReviewInputError).message.length).toBeGreaterThan(10);
      if (field !== '_form')
        expect(Object.keys((error as ReviewInputError).fieldErrors ?? {})).toContain(field);
    }
    const single = (await queueOf(learner, NOW)).cards.find((c) => c.question.choose === 1)!;
    const tooMany = answerFor(single, bank, true, { selected: ['a', 'b'] });
    await expect(recordReview(learner, tooMany, NOW)).rejects.toThrow('Choose only one option.');
    expect(await reviewTables()).toEqual(tables);
  });

  it('skips retired questions: not in the queue, and a review of one is refused', async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    const question = bank.find((q) => q.versionId === card.question.versionId)!;
    await testDatabase().client.execute({
      sql: 'UPDATE questions SET is_active = 0 WHERE id = ?',
      args: [question.id],
    });
    const queue = await queueOf(learner, NOW);
    expect(queue.cards.map((c) => c.cardId)).not.toContain(card.cardId);
    expect(queue.dueToday).toBe(1);
    await expect(recordReview(learner, answerFor(card, bank, true), NOW)).rejects.toBeInstanceOf(
      QuestionRetiredError,
    );
  });
});

describe('suspending a card', () => {
  it('takes it out of the queue and the due count, refuses reviews of it, and resuming brings it back', async () => {
    const card = (await queueOf(learner, NOW)).cards[0]!;
    expect(await setCardSuspended(learner, { cardId: card.cardId, suspended: true }, NOW)).toEqual({
      cardId: card.cardId,
      suspended: true,
    });
    // Twice is harmless.
    await setCardSuspended(learner, { cardId: card.cardId, suspended: true }, NOW);
    const queue = await queueOf(learner, NOW);
    expect(queue.cards.map((c) => c.cardId)).not.toContain(card.cardId);
    expect(queue.dueToday).toBe(1);
    expect(await recordReview(learner, answerFor(card, bank, true), NOW)).toMatchObject({ status: 'stale' });
    expect(
      await countRows('review_logs', { where: "card_id = ? AND kind = 'review'", args: [card.cardId] }),
    ).toBe(0);

    await setCardSuspended(learner, { cardId: card.cardId, suspended: false }, NOW);
    expect((await queueOf(learner, NOW)).dueToday).toBe(2);
  });

  it('refuses bad input', async () => {
    await expect(setCardSuspended(learner, { cardId: 'abc', suspended: true }, NOW)).rejects.toBeInstanceOf(
      CardNotFoundError,
    );
    await expect(setCardSuspended(learner, { cardId: 1, suspended: 'yes' }, NOW)).rejects.toBeInstanceOf(
      ReviewInputError,
    );
  });
});
