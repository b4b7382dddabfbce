import 'server-only';
import { schedulingValues } from '@/lib/review/card-state';
import type { InStatement } from '@libsql/client';
import { checkSelection, choicesRequired, questionKindOf } from '@/lib/exam/answers';
import { correctOptionIds, isCorrectAnswer } from '@/lib/exam/scoring';
import { countedStudyTimeMs } from '@/lib/progress/study-time';
import { RATING_NUMBER, ratingForAnswer, ratingFromNumber, slowThresholdMs } from '@/lib/review/rating';
import { presentationReviewKey } from '@/lib/review/review-keys';
import { scheduleReview } from '@/lib/review/scheduler';
import type { ReviewFeedback, ReviewOutcome } from '@/lib/review/views';
import { reviewFieldErrors, submitReviewSchema, type SubmitReviewInput } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase, isUniqueViolation } from '@/server/db';
import {
  num,
  numOrNull,
  optionsOf,
  referencesOf,
  schedulingStateOf,
  str,
  type StoredOption,
} from '@/server/row-values';
import { CardNotFoundError, QuestionRetiredError, ReviewInputError } from '@/lib/review/errors';

// Raw SQL on purpose (a hot path): recording one review, read + atomic batch, p50 1.96 ms against
// a 2 ms target, at the edge (bench/progress.bench.ts): no room for query building.
// Everything one review needs in one indexed read: the card, its question, the version that
// was shown (only if it belongs to the card's question), the exam's pace, and a log already
// written under this presentation's key.
export const CONTEXT_SQL = `SELECT c.user_id, c.question_id, c.suspended, c.state, c.due, c.stability, c.difficulty,
    c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.last_review,
    q.is_active, q.type, q.objective_id, e.duration_minutes, e.question_count,
    v.id AS version_id, v.options, v.explanation, v.refs,
    l.card_id AS logged_card_id, l.user_id AS logged_user_id, l.rating AS logged_rating, l.due AS logged_due
  FROM review_cards c
  JOIN questions q ON q.id = c.question_id
  JOIN exams e ON e.id = q.exam_id
  LEFT JOIN question_versions v ON v.id = ? AND v.question_id = c.question_id
  LEFT JOIN review_logs l ON l.idempotency_key = ?
  WHERE c.id = ?`;

// The three writes of a review share one condition, evaluated in the same transaction: the
// card still has the reps it was shown with and is not suspended. A second device (or a
// second tab) that reviews the same card finds reps moved on and changes nothing. The log is
// inserted first, so a reused presentation key fails on the UNIQUE index and rolls back all.
const CARD_UNCHANGED = `EXISTS (SELECT 1 FROM review_cards WHERE id = ? AND user_id = ? AND reps = ? AND suspended = 0)`;

const INSERT_LOG_SQL = `INSERT INTO review_logs (card_id, user_id, kind, session_id, objective_id, rating, is_correct, time_spent_ms, reviewed_at,
    previous_state, previous_due, previous_stability, previous_difficulty, due, scheduled_days, idempotency_key)
  SELECT ?, ?, 'review', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ${CARD_UNCHANGED}`;

const ADD_TOTALS_SQL = `INSERT INTO progress_objective_totals (user_id, objective_id, answered, correct, answer_time_ms, reviews, review_time_ms, last_activity_at)
  SELECT ?, ?, 0, 0, 0, 1, ?, ? WHERE ${CARD_UNCHANGED}
  ON CONFLICT (user_id, objective_id) DO UPDATE SET
    reviews = reviews + 1, review_time_ms = review_time_ms + excluded.review_time_ms,
    last_activity_at = max(last_activity_at, excluded.last_activity_at)`;

const UPDATE_CARD_SQL = `UPDATE review_cards SET state = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
    learning_steps = ?, reps = ?, lapses = ?, last_review = ?, updated_at = ?
  WHERE id = ? AND user_id = ? AND reps = ? AND suspended = 0`;

function parseInput(input: unknown): SubmitReviewInput {
  const parsed = submitReviewSchema.safeParse(input);
  if (!parsed.success)
    throw new ReviewInputError(
      'This review could not be recorded: the request was malformed.',
      reviewFieldErrors(parsed.error),
    );
  return parsed.data;
}

function feedbackOf(
  options: StoredOption[],
  selected: string[],
  row: Record<string, unknown>,
): ReviewFeedback {
  return {
    correct: isCorrectAnswer(options, selected),
    correctOptionIds: correctOptionIds(options),
    explanation: str(row.explanation),
    references: referencesOf(row.refs),
  };
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
 * Records one "Review now" answer, atomically: a review log (counted once per presentation
 * id), the card's new FSRS schedule and the learner's totals. Every bad input gets a clear
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
  const review = parseInput(input);
  const key = presentationReviewKey(review.presentationId);
  const { rows } = await appDatabase().client.execute({
    sql: CONTEXT_SQL,
    args: [review.versionId, key, review.cardId],
  });
  const row = rows[0];
  if (!row || row.user_id !== user.id) throw new CardNotFoundError();
  if (row.version_id === null)
    throw new ReviewInputError('This question version does not belong to the card. Reload the page.', {
      versionId: 'Unknown question version.',
    });

  const options = optionsOf(row.options);
  const check = checkSelection(
    options,
    choicesRequired(questionKindOf(row.type, options), options),
    review.selected,
  );
  if (!check.ok) throw new ReviewInputError(check.error, { selected: check.error });
  const feedback = feedbackOf(options, check.selected, row);

  if (row.logged_card_id !== null) return replay(key, review.cardId, user.id, feedback);
  if (num(row.is_active) !== 1) throw new QuestionRetiredError();
  const previous = schedulingStateOf(row);
  if (previous.reps !== review.seenReps || num(row.suspended) === 1)
    return { status: 'stale', feedback, rating: null, nextDueAt: null };

  const rating = ratingForAnswer({
    correct: feedback.correct,
    timeSpentMs: review.timeSpentMs,
    unsure: review.unsure,
    slowAfterMs: slowThresholdMs({
      durationMinutes: num(row.duration_minutes),
      questionCount: num(row.question_count),
    }),
  });
  const next = scheduleReview(previous, rating, now);
  const at = now.getTime();
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
