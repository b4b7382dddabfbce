import 'server-only';
import { QuestionRetiredError } from '@/lib/review/errors';
import { ratingForAnswer, REVIEW_RATINGS } from '@/lib/review/rating';
import { previewReviews } from '@/lib/review/scheduler';
import type { ReviewReveal } from '@/lib/review/views';
import { revealReviewSchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { num, schedulingStateOf } from '@/server/row-values';
import { parseReviewInput, readReviewContext } from './review-context';

/**
 * "Check answer" in the daily review: the key, the explanation and, for each of the four
 * ratings, when FSRS would bring the card back if it were rated so at `now`. Records nothing;
 * the rating (recordReview) sends `revealedAt` back and is scheduled at that same instant, so
 * the intervals on the buttons are the ones applied.
 */
export async function revealReview(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
): Promise<ReviewReveal> {
  const user = assertUser(actor);
  const shown = parseReviewInput(revealReviewSchema, input);
  const { row, feedback, slowAfterMs } = await readReviewContext(user, shown, null);
  if (num(row.is_active) !== 1) throw new QuestionRetiredError();
  const previews = previewReviews(schedulingStateOf(row), now);
  return {
    feedback,
    revealedAt: now.getTime(),
    // REVIEW_RATINGS is in rating order: Again, Hard, Good, Easy.
    choices: REVIEW_RATINGS.map((rating) => ({ rating, dueAt: previews[rating].due })),
    suggested: ratingForAnswer({
      correct: feedback.correct,
      score: feedback.score,
      timeSpentMs: shown.timeSpentMs,
      unsure: false,
      slowAfterMs,
    }),
  };
}
