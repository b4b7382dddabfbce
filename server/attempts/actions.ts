'use server';

import { refresh, revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ok, type ActionResult } from '@/lib/action-result';
import { MockInProgressError } from '@/lib/exam/errors';
import { practiceInputFromForm } from '@/lib/validation/attempts';
import { authedAction } from '../entry/actions';
import { planMockStart, type MockPlan } from './mock-plan';
import { startMistakesPractice, startMockExam, startPractice } from './start';
import { abandonAttempt, submitAttempt } from './submit';
import { readForSubmit, type SubmitReads } from './submit-reads';

// Thin: the guard, the input, one service call, one ActionResult. A successful start redirects
// to the runner (redirect() throws; the guard lets it through to Next).

export type StartState = ActionResult<{ id: string }> | null;

export const startMockExamAction = authedAction<{ id: string }>(
  {
    name: 'attempts.startMockExam',
    access: 'learner',
    // The exam and its drawn questions do not depend on who asks: read with the session check.
    preload: (input) => planMockStart(input, Math.random),
  },
  async ({ user, input, preloaded }) => {
    const plan = preloaded as Promise<MockPlan> | undefined;
    const started = await startMockExam(user, input, new Date(), Math.random, plan).catch(
      (error: unknown) => {
        // Started in another tab since this page was drawn: redraw it with the one to resume.
        if (error instanceof MockInProgressError) refresh();
        throw error;
      },
    );
    redirect(`/attempts/${started.id}`);
  },
);

/**
 * Ends an open mock exam from the exam page and scores it as it is (unanswered questions count
 * as wrong), as ending a real exam early does; then shows its result.
 */
export const endMockExamAction = authedAction<{ id: string }>(
  { name: 'attempts.endMock', access: 'learner' },
  async ({ user, formData }) => {
    const outcome = await submitAttempt(user, formData?.get('attemptId'), new Date());
    redirect(`/attempts/${outcome.id}/result`);
  },
);

export const startPracticeAction = authedAction<{ id: string }>(
  { name: 'attempts.startPractice', access: 'learner' },
  async ({ user, formData }) => {
    const started = await startPractice(user, practiceInputFromForm(formData ?? new FormData()), new Date());
    redirect(`/attempts/${started.id}`);
  },
);

export const practiceMistakesAction = authedAction<{ id: string }>(
  { name: 'attempts.practiceMistakes', access: 'learner' },
  async ({ user, formData }) => {
    const started = await startMistakesPractice(user, formData?.get('attemptId'), new Date());
    redirect(`/attempts/${started.id}`);
  },
);

/** Called by the runner (its answers are flushed first); the client then opens the result. */
export const submitAttemptAction = authedAction<
  { id: string; reason: 'learner' | 'timeout' | null },
  [attemptId: string]
>(
  { name: 'attempts.submit', access: 'learner', preload: readForSubmit },
  async ({ user, input, preloaded }) => {
    const reads = preloaded as Promise<SubmitReads | null> | undefined;
    const outcome = await submitAttempt(user, input, new Date(), reads);
    // No revalidatePath: it would re-render the runner page in the action's response; the client
    // navigates to the result itself, and dynamic pages are never served from the router cache.
    return ok({ id: outcome.id, reason: outcome.reason });
  },
);

export const abandonAttemptAction = authedAction<{ status: string }>(
  { name: 'attempts.abandon', access: 'learner' },
  async ({ user, formData }) => {
    const outcome = await abandonAttempt(user, formData?.get('attemptId'), new Date());
    // Called from the history page: refresh it in the same round trip.
    revalidatePath('/history');
    return ok({ status: outcome.status });
  },
);
