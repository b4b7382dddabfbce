'use server';

import { revalidatePath } from 'next/cache';
import { ok, type ActionResult } from '@/lib/action-result';
import { formToObject } from '../action-runner';
import { getCurrentUser } from '../auth/session';
import { requestContext } from '../request-context';
import { runStudioAction } from './errors';
import { createReport } from './reports';

/** A learner reports a problem with a question (any signed-in user; rate-limited per user). */
export async function reportQuestionAction(_prev: ActionResult<{ id: number }> | null, formData: FormData): Promise<ActionResult<{ id: number }>> {
  return runStudioAction('studio.reportQuestion', async () => {
    const created = await createReport(await getCurrentUser(), formToObject(formData), await requestContext());
    revalidatePath('/reports');
    return ok(created);
  });
}
