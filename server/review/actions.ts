'use server';

import { fail, ok, type ActionResult } from '@/lib/action-result';
import type { ReviewOutcome } from '@/lib/review/views';
import { runAction } from '../action-runner';
import { getCurrentUser } from '../auth/session';
import { isReviewError } from './errors';
import { recordReview } from './record-review';
import { setCardSuspended, type SuspendOutcome } from './suspend';

// Server actions are public POST endpoints: each one re-reads the session and the services
// check ownership. Next checks the Origin of server action requests.

async function reviewResult<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return ok(await body());
  } catch (error) {
    if (isReviewError(error)) return fail(error.message, 'fieldErrors' in error ? error.fieldErrors : undefined);
    throw error;
  }
}

/** Records one "Review now" answer (see recordReview). */
export async function submitReviewAction(input: unknown): Promise<ActionResult<ReviewOutcome>> {
  return runAction('submitReview', async () => reviewResult(async () => recordReview(await getCurrentUser(), input, new Date())));
}

/** Suspends or resumes one of the learner's cards. */
export async function setCardSuspendedAction(input: unknown): Promise<ActionResult<SuspendOutcome>> {
  return runAction('setCardSuspended', async () => reviewResult(async () => setCardSuspended(await getCurrentUser(), input, new Date())));
}
