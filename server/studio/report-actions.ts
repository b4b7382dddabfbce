'use server';

import { revalidatePath } from 'next/cache';
import { ok } from '@/lib/action-result';
import { authedAction } from '../entry/actions';
import { createReport } from './reports';

/** A learner reports a problem with a question (any signed-in user; rate-limited per user). */
export const reportQuestionAction = authedAction<{ id: number }>(
  { name: 'studio.reportQuestion', access: 'learner' },
  async ({ user, input, ctx }) => {
    const created = await createReport(user, input, ctx);
    revalidatePath('/reports');
    return ok(created);
  },
);
