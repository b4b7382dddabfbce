import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { REVIEW_RATINGS, type ReviewRating } from '@/lib/review/rating';
import { scheduleReview } from '@/lib/review/scheduler';
import { recordReview } from '@/server/review/record-review';
import { revealReview } from '@/server/review/reveal';
import { schedulingStateOf } from '@/server/row-values';
import { rows } from '../../helpers/database';
import { createUser, type KeyedQuestion } from '../../helpers/factories';
import { at, minutes } from '../../helpers/time';
import { reviewTables } from './helpers';
import { answerFor, learnerWithCards, queueOf } from './review-flow';

let learner: SessionUser;
let bank: KeyedQuestion[];
const REVEALED = at(minutes(30));
const RATED = at(minutes(30) + 20_000);

/** What the page sends to reveal an answer: the shown card and the answer, no rating. */
function shownOf({ cardId, seenReps, versionId, selected, timeSpentMs }: ReturnType<typeof answerFor>) {
  return { cardId, seenReps, versionId, selected, timeSpentMs };
}

async function storedCard(cardId: number) {
  const [row] = await rows('SELECT * FROM review_cards WHERE id = ?', [cardId]);
  return schedulingStateOf(row!);
}

beforeEach(async () => {
  learner = await createUser();
  // Four missed questions: four cards due again 10 minutes after they were answered.
  ({ bank } = await learnerWithCards(learner, { right: 0, wrong: 4 }));
});

describe('the four ratings of the daily review', () => {
  it('reveals the key and four intervals, records nothing, and each rating schedules as ts-fsrs says', async () => {
    const { cards } = await queueOf(learner, REVEALED);
    expect(cards).toHaveLength(4);
    const dues: Record<string, number> = {};
    const stabilities: Record<string, number> = {};
    for (const [index, rating] of REVIEW_RATINGS.entries()) {
      const card = cards[index]!;
      const answer = answerFor(card, bank, true, { rating });
      const previous = await storedCard(card.cardId);

      const tables = await reviewTables();
      const reveal = await revealReview(learner, shownOf(answer), REVEALED);
      expect(await reviewTables()).toEqual(tables);
      expect(reveal.feedback.correct).toBe(true);
      expect(reveal.feedback.correctOptionIds.length).toBeGreaterThan(0);
      expect(reveal.choices.map((c) => c.rating)).toEqual(['again', 'hard', 'good', 'easy']);
      expect(reveal.suggested).toBe('good');

      const outcome = await recordReview(learner, { ...answer, revealedAt: reveal.revealedAt }, RATED);
      const expected = scheduleReview(previous, rating, REVEALED);
      const stored = await storedCard(card.cardId);
      // The button's interval is the one applied, and the card is what ts-fsrs makes of it.
      expect(outcome).toMatchObject({ status: 'recorded', rating, nextDueAt: expected.due });
      expect(reveal.choices.find((c) => c.rating === rating)!.dueAt).toBe(expected.due);
      expect(stored).toEqual(expected);
      expect(stored.reps).toBe(previous.reps + 1);
      const [log] = await rows(
        "SELECT rating, is_correct FROM review_logs WHERE card_id = ? AND kind = 'review'",
        [card.cardId],
      );
      expect(log).toMatchObject({ rating: index + 1, is_correct: 1 });
      dues[rating] = stored.due - REVEALED.getTime();
      stabilities[rating] = stored.stability;
    }
    // Again < Hard < Good ≤ Easy: a just-missed card is a 10-minute step, Good and Easy graduate it
    // to day intervals (both 1 day while its stability is under a day).
    expect(dues.again).toBe(minutes(10));
    expect(dues.again!).toBeLessThan(dues.hard!);
    expect(dues.hard!).toBeLessThan(dues.good!);
    expect(dues.good!).toBeLessThanOrEqual(dues.easy!);
    // The four cards started alike: the better the rating, the more stable the memory.
    expect(stabilities.hard!).toBeLessThan(stabilities.good!);
    expect(stabilities.good!).toBeLessThan(stabilities.easy!);
  });

  it('suggests Again for a wrong or missing answer, and "Show answer" without one is allowed', async () => {
    const [card] = (await queueOf(learner, REVEALED)).cards;
    const wrong = await revealReview(learner, shownOf(answerFor(card!, bank, false)), REVEALED);
    expect(wrong).toMatchObject({ suggested: 'again', feedback: { correct: false } });
    const none = await revealReview(
      learner,
      shownOf(answerFor(card!, bank, false, { selected: [] })),
      REVEALED,
    );
    expect(none).toMatchObject({ suggested: 'again', feedback: { correct: false } });
    const rated = await recordReview(
      learner,
      answerFor(card!, bank, false, { selected: [], rating: 'hard', revealedAt: none.revealedAt }),
      RATED,
    );
    expect(rated).toMatchObject({ status: 'recorded', rating: 'hard', feedback: { correct: false } });
  });

  it('counts a replayed or double rating of one reveal once, whatever rating the replay carries', async () => {
    const [card] = (await queueOf(learner, REVEALED)).cards;
    const answer = answerFor(card!, bank, true, { rating: 'easy', revealedAt: REVEALED.getTime() });
    const [one, two] = await Promise.all([
      recordReview(learner, answer, RATED),
      recordReview(learner, { ...answer, rating: 'again' }, RATED),
    ]);
    expect([one!.status, two!.status].sort()).toEqual(['duplicate', 'recorded']);
    const tables = await reviewTables();
    expect(await recordReview(learner, { ...answer, rating: 'hard' }, at(minutes(45)))).toMatchObject({
      status: 'duplicate',
      rating: 'easy',
    });
    expect(await reviewTables()).toEqual(tables);
    const [{ n }] = (await rows(
      "SELECT count(*) AS n FROM review_logs WHERE card_id = ? AND kind = 'review'",
      [card!.cardId],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('schedules at `now` when the reveal time is missing, in the future or over an hour old', async () => {
    const cards = (await queueOf(learner, REVEALED)).cards;
    const cases: [number | undefined, string][] = [
      [undefined, 'missing'],
      [RATED.getTime() + 1, 'future'],
      [RATED.getTime() - minutes(61), 'old'],
    ];
    for (const [index, [revealedAt, why]] of cases.entries()) {
      const card = cards[index]!;
      const previous = await storedCard(card.cardId);
      const outcome = await recordReview(learner, answerFor(card, bank, true, { revealedAt }), RATED);
      expect(outcome.nextDueAt, why).toBe(scheduleReview(previous, 'good', RATED).due);
    }
  });
});

describe('progress of the day', () => {
  it('"reviewed today" comes from the logs: a reload keeps it, and the learner\'s midnight resets it', async () => {
    const before = await queueOf(learner, REVEALED);
    expect(before).toMatchObject({ reviewedToday: 0, dueToday: 4 });
    const ratings: ReviewRating[] = ['good', 'again'];
    for (const [index, rating] of ratings.entries()) {
      const card = before.cards[index]!;
      await recordReview(learner, answerFor(card, bank, true, { rating }), RATED);
    }
    // A reload is a fresh read: 2 reviewed; Good left today's work, Again is due again today.
    expect(await queueOf(learner, at(minutes(31)))).toMatchObject({ reviewedToday: 2, dueToday: 3 });
    expect(await queueOf(learner, at(minutes(31)), 'Pacific/Kiritimati')).toMatchObject({ reviewedToday: 2 });
    // 10:30 UTC is 00:30 the next day in Kiritimati (UTC+14): a new day there, still today in UTC.
    expect(await queueOf(learner, at(minutes(90)), 'Pacific/Kiritimati')).toMatchObject({
      reviewedToday: 0,
    });
    expect(await queueOf(learner, at(minutes(90)), 'UTC')).toMatchObject({ reviewedToday: 2 });
    // Another learner's reviews never count.
    expect((await queueOf(await createUser(), at(minutes(31)))).reviewedToday).toBe(0);
  });
});
