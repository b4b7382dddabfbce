import 'server-only';
import { checkAnswer } from '@/lib/exam/answers';
import { keyOf, settingsOf } from '@/lib/exam/kinds';
import { correctOptionIds, isFullMarks, scoreAnswer } from '@/lib/exam/scoring';
import { CardNotFoundError, ReviewInputError } from '@/lib/review/errors';
import { slowThresholdMs } from '@/lib/review/rating';
import type { ReviewFeedback } from '@/lib/review/views';
import { reviewFieldErrors } from '@/lib/validation/review';
import type { SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { num, optionsOf, referencesOf, str } from '@/server/row-values';
import type { z } from 'zod';

// Raw SQL on purpose (a hot path): recording one review, read + atomic batch, p50 1.96 ms against
// a 2 ms target, at the edge (bench/progress.bench.ts): no room for query building.
// Everything one review needs in one indexed read: the card, its question, the version that
// was shown (only if it belongs to the card's question), the exam's pace, and a log already
// written under this presentation's key (a reveal passes no key: never a log).
export const CONTEXT_SQL = `SELECT c.user_id, c.question_id, c.suspended, c.state, c.due, c.stability, c.difficulty,
    c.elapsed_days, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.last_review,
    q.is_active, q.type, q.objective_id, e.duration_minutes, e.question_count,
    v.id AS version_id, v.options, v.settings, v.explanation, v.refs,
    l.card_id AS logged_card_id, l.user_id AS logged_user_id, l.rating AS logged_rating, l.due AS logged_due
  FROM review_cards c
  JOIN questions q ON q.id = c.question_id
  JOIN exams e ON e.id = q.exam_id
  LEFT JOIN question_versions v ON v.id = ? AND v.question_id = c.question_id
  LEFT JOIN review_logs l ON l.idempotency_key = ?
  WHERE c.id = ?`;

/** The shown card and answer, as a reveal and a rating both send them. */
export interface ShownAnswer {
  cardId: number;
  versionId: number;
  selected: string[];
}

export interface ReviewContext {
  row: Record<string, unknown>;
  feedback: ReviewFeedback;
  /** From the exam's pace: an answer slower than this suggests Hard. */
  slowAfterMs: number;
}

/** Parses untrusted input with `schema`; a bad payload is a 400 that changes nothing. */
export function parseReviewInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new ReviewInputError(
      'This review could not be recorded: the request was malformed.',
      reviewFieldErrors(parsed.error),
    );
  return parsed.data;
}

/**
 * Reads the card (the learner's own, else "not found"), checks the shown version and the
 * answer, and grades it. `key` is the presentation's log key when recording, null to reveal.
 */
export async function readReviewContext(
  user: SessionUser,
  shown: ShownAnswer,
  key: string | null,
): Promise<ReviewContext> {
  const { rows } = await appDatabase().client.execute({
    sql: CONTEXT_SQL,
    args: [shown.versionId, key, shown.cardId],
  });
  const row = rows[0];
  if (!row || row.user_id !== user.id) throw new CardNotFoundError();
  if (row.version_id === null)
    throw new ReviewInputError('This question version does not belong to the card. Reload the page.', {
      versionId: 'Unknown question version.',
    });
  const options = optionsOf(row.options);
  // The version's kind decides the check and the score (matching/ordering may give partial credit).
  const settings = settingsOf(row.settings);
  const check = checkAnswer(row.type, options, settings, shown.selected);
  if (!check.ok) throw new ReviewInputError(check.error, { selected: check.error });
  const score = scoreAnswer(options, check.selected, settings);
  const feedback: ReviewFeedback = {
    correct: isFullMarks(score),
    score,
    correctOptionIds: settings.kind ? keyOf(settings.kind, options) : correctOptionIds(options),
    explanation: str(row.explanation),
    references: referencesOf(row.refs),
  };
  const slowAfterMs = slowThresholdMs({
    durationMinutes: num(row.duration_minutes),
    questionCount: num(row.question_count),
  });
  return { row, feedback, slowAfterMs };
}
