'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ok, type ActionResult } from '@/lib/action-result';
import { practiceInputFromForm } from '@/lib/validation/attempts';
import { getCurrentUser } from '../auth/session';
import { runAttemptAction } from './action-result';
import { startMistakesPractice, startMockExam, startPractice } from './start';
import { abandonAttempt, submitAttempt } from './submit';

// Thin: the session, the input, one service call, one ActionResult. A successful start
// redirects to the runner (outside runAttemptAction: redirect() works by throwing).

export type StartState = ActionResult<{ id: string }> | null;

export async function startMockExamAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const result = await runAttemptAction('startMockExam', async () => {
    const started = await startMockExam(await getCurrentUser(), { examSlug: formData.get('examSlug') }, new Date());
    return ok({ id: started.id });
  });
  if (result.ok) redirect(`/attempts/${result.data.id}`);
  return result;
}

export async function startPracticeAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const result = await runAttemptAction('startPractice', async () => {
    const started = await startPractice(await getCurrentUser(), practiceInputFromForm(formData), new Date());
    return ok({ id: started.id });
  });
  if (result.ok) redirect(`/attempts/${result.data.id}`);
  return result;
}

export async function practiceMistakesAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const result = await runAttemptAction('practiceMistakes', async () => {
    const started = await startMistakesPractice(await getCurrentUser(), formData.get('attemptId'), new Date());
    return ok({ id: started.id });
  });
  if (result.ok) redirect(`/attempts/${result.data.id}`);
  return result;
}

/** Called by the runner (its answers are flushed first); the client then opens the result. */
export async function submitAttemptAction(attemptId: string): Promise<ActionResult<{ id: string; reason: 'learner' | 'timeout' | null }>> {
  return runAttemptAction('submitAttempt', async () => {
    const outcome = await submitAttempt(await getCurrentUser(), attemptId, new Date());
    // No revalidatePath: it would re-render the runner page in the action's response; the client
    // navigates to the result itself, and dynamic pages are never served from the router cache.
    return ok({ id: outcome.id, reason: outcome.reason });
  });
}

export async function abandonAttemptAction(_prev: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  return runAttemptAction('abandonAttempt', async () => {
    const outcome = await abandonAttempt(await getCurrentUser(), formData.get('attemptId'), new Date());
    // Called from the history page: refresh it in the same round trip.
    revalidatePath('/history');
    return ok({ status: outcome.status });
  });
}
