import { randomUUID } from 'node:crypto';
import type { ReviewCardView } from '../../../lib/review/views';
import type { SessionUser } from '@/lib/auth/guards';
import { getReviewQueue } from '../../../server/review/queue';
import { syncReviewsForSession } from '../../../server/review/session-sync';
import { createAttempt, questionBank, type KeyedQuestion } from '../../helpers/factories';
import { at, minutes } from '../../helpers/time';

/** A learner with one synced practice session: `wrong` questions missed, the rest right. */
export async function learnerWithCards(
  user: SessionUser,
  { right = 2, wrong = 2 } = {},
): Promise<{ bank: KeyedQuestion[]; sessionId: string }> {
  const bank = await questionBank('test-exam');
  const answers = bank
    .slice(0, right + wrong)
    .map((question, i) => ({ question, correct: i >= wrong, answeredAt: at(minutes(1)) }));
  const sessionId = await createAttempt({ user, examSlug: 'test-exam', answers });
  await syncReviewsForSession(sessionId, at(minutes(2)));
  return { bank, sessionId };
}

/** The answer a learner gives to a shown card. */
export function answerFor(
  card: ReviewCardView,
  bank: KeyedQuestion[],
  correct: boolean,
  extra: Record<string, unknown> = {},
) {
  const question = bank.find((q) => q.versionId === card.question.versionId)!;
  return {
    cardId: card.cardId,
    presentationId: randomUUID(),
    seenReps: card.seenReps,
    versionId: card.question.versionId,
    selected: correct ? question.right : question.wrong,
    // What the page suggests after the reveal: Good when right, Again when wrong.
    rating: correct ? 'good' : 'again',
    timeSpentMs: 10_000,
    ...extra,
  };
}

export async function queueOf(user: SessionUser, now = at(minutes(30)), tz = 'UTC') {
  return getReviewQueue(user, { tz }, now);
}
