import 'server-only';
import type { InStatement } from '@libsql/client';
import { schedulingValues } from '@/lib/review/card-state';
import { countedStudyTimeMs } from '@/lib/progress/study-time';
import { QuestionRetiredError, ReviewInputError } from '@/lib/review/errors';
import { RATING_NUMBER, ratingFromNumber } from '@/lib/review/rating';
import { presentationReviewKey } from '@/lib/review/review-keys';
import { scheduleReview } from '@/lib/review/scheduler';
import type { ReviewFeedback, ReviewOutcome } from '@/lib/review/views';
import { MAX_REVIEW_TIME_MS, submitReviewSchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase, isUniqueViolation } from '@/server/db';
import { num, numOrNull, schedulingStateOf, str } from '@/server/row-values';
import { parseReviewInput, readReviewContext } from './review-context';

// The three writes of a review share one condition, evaluated in the same transaction: the
// card still has the reps it was shown with and is not suspended. A second device (or a
// second tab) that reviews the same card finds reps moved on and changes nothing. The log is
// inserted first, so a reused presentation key fails on the UNIQUE index and rolls back all.
const CARD_UNCHANGED = `EXISTS (SELECT 1 FROM review_cards WHERE id = ? AND user_id = ? AND reps = ? AND suspended = 0)`;

const INSERT_LOG_SQL = `INSERT INTO review_logs (card_id, user_id, kind, session_id, objective_id, rating, is_correct, time_spent_ms, reviewed_at,
    previous_state, previous_due, previous_stability, previous_difficulty, due, scheduled_days, idempotency_key, score)
  SELECT ?, ?, 'review', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ${CARD_UNCHANGED}`;

const ADD_TOTALS_SQL = `INSERT INTO progress_objective_totals (user_id, objective_id, answered, correct, answer_time_ms, reviews, review_time_ms, last_activity_at)
  SELECT ?, ?, 0, 0, 0, 1, ?, ? WHERE ${CARD_UNCHANGED}
  ON CONFLICT (user_id, objective_id) DO UPDATE SET
    reviews = reviews + 1, review_time_ms = review_time_ms + excluded.review_time_ms,
    last_activity_at = max(last_activity_at, excluded.last_activity_at)`;

const UPDATE_CARD_SQL = `UPDATE review_cards SET state = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
    learning_steps = ?, reps = ?, lapses = ?, last_review = ?, updated_at = ?
  WHERE id = ? AND user_id = ? AND reps = ? AND suspended = 0`;

/**
 * The instant FSRS is given: the reveal's, so the card gets the interval its button showed
 * (ts-fsrs's fuzz is seeded by the review time). A missing, future or older-than-an-hour reveal
 * time (a page left open) falls back to `now`.
 */
export function reviewTimeOf(revealedAt: number | undefined, now: Date): Date {
  const at = now.getTime();
  if (revealedAt === undefined || revealedAt > at || revealedAt < at - MAX_REVIEW_TIME_MS) return now;
  return new Date(revealedAt);
}

/** A log under this key already exists: the same presentation, counted before. */
async function replay(
  key: string,
  cardId: number,
  userId: string,
  feedback: ReviewFeedback,
): Promise<ReviewOutcome> {
  const { rows } = await appDatabase().client.execute({
    sql: 'SELECT card_id, user_id, rating, due FROM review_logs WHERE idempotency_key = ?',
    args: [key],
  });
  const log = rows[0];
  if (!log) return { status: 'stale', feedback, rating: null, nextDueAt: null };
  if (num(log.card_id) !== cardId || str(log.user_id) !== userId) {
    throw new ReviewInputError(
      'This review id was already used for another card. Reload the page and try again.',
    );
  }
  return {
    status: 'duplicate',
    feedback,
    rating: ratingFromNumber(num(log.rating)),
    nextDueAt: num(log.due),
  };
}

/**
 * Records one rated review of the daily review, atomically: a review log (counted once per
 * presentation id, whatever rating a second submit carries), the card's new FSRS schedule for
 * the learner's rating and the learner's totals. Every bad input gets a clear
 * error and changes nothing; another learner's card is "not found"; a card that changed since
 * it was shown (another device reviewed it, or it was suspended) is answered 'stale' and
 * nothing is counted; a retry of a counted review is answered 'duplicate'.
 */
export async function recordReview(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
): Promise<ReviewOutcome> {
  const user = assertUser(actor);
  const review = parseReviewInput(submitReviewSchema, input);
  const key = presentationReviewKey(review.presentationId);
  const { row, feedback } = await readReviewContext(user, review, key);

  if (row.logged_card_id !== null) return replay(key, review.cardId, user.id, feedback);
  if (num(row.is_active) !== 1) throw new QuestionRetiredError();
  const previous = schedulingStateOf(row);
  if (previous.reps !== review.seenReps || num(row.suspended) === 1)
    return { status: 'stale', feedback, rating: null, nextDueAt: null };

  const { rating } = review;
  const reviewedAt = reviewTimeOf(review.revealedAt, now);
  const next = scheduleReview(previous, rating, reviewedAt);
  const at = reviewedAt.getTime();
  const guard = [review.cardId, user.id, review.seenReps];
  const objectiveId = numOrNull(row.objective_id);
  const statements: InStatement[] = [
    {
      sql: INSERT_LOG_SQL,
      args: [
        review.cardId,
        user.id,
        objectiveId,
        RATING_NUMBER[rating],
        feedback.correct ? 1 : 0,
        review.timeSpentMs,
        at,
        previous.state,
        previous.due,
        previous.stability,
        previous.difficulty,
        next.due,
        next.scheduledDays,
        key,
        feedback.score,
        ...guard,
      ],
    },
    {
      sql: ADD_TOTALS_SQL,
      args: [user.id, objectiveId, countedStudyTimeMs(review.timeSpentMs), at, ...guard],
    },
    {
      sql: UPDATE_CARD_SQL,
      args: [...schedulingValues(next), at, ...guard],
    },
  ];
  let logged: number;
  try {
    const { client, write } = appDatabase();
    const results = await write(() => client.batch(statements, 'write'));
    logged = results[0]?.rowsAffected ?? 0;
  } catch (error) {
    // Two submissions of one presentation raced: the other one is counted; answer like it.
    if (isUniqueViolation(error, 'review_logs.idempotency_key'))
      return replay(key, review.cardId, user.id, feedback);
    throw error;
  }
  if (logged === 0) {
    // The card moved on between our read and the write: counted elsewhere, or by this very
    // presentation a moment ago (then the key exists).
    return replay(key, review.cardId, user.id, feedback);
  }
  return { status: 'recorded', feedback, rating, nextDueAt: next.due };
}
