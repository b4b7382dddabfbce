'use server';

import { ok } from '@/lib/action-result';
import type { ReviewOutcome, ReviewReveal } from '@/lib/review/views';
import { authedAction } from '../entry/actions';
import { recordReview } from './record-review';
import { revealReview } from './reveal';
import { setCardSuspended, type SuspendOutcome } from './suspend';

// Called directly by the review session (one argument); the services check card ownership.

/** Reveals the answer and the four ratings' intervals; records nothing (see revealReview). */
export const revealReviewAction = authedAction<ReviewReveal, [input: unknown]>(
  { name: 'review.reveal', access: 'learner' },
  async ({ user, input }) => ok(await revealReview(user, input, new Date())),
);

/** Records one rated review (see recordReview). */
export const submitReviewAction = authedAction<ReviewOutcome, [input: unknown]>(
  { name: 'review.submit', access: 'learner' },
  async ({ user, input }) => ok(await recordReview(user, input, new Date())),
);

/** Suspends or resumes one of the learner's cards. */
export const setCardSuspendedAction = authedAction<SuspendOutcome, [input: unknown]>(
  { name: 'review.setCardSuspended', access: 'learner' },
  async ({ user, input }) => ok(await setCardSuspended(user, input, new Date())),
);
