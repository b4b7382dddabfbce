'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '../entry/actions';
import { timeZoneFromCookie } from '../progress/request-time-zone';
import { clearExamTarget, setExamTarget } from './targets';

export const setExamDateAction = authedAction(
  { name: 'studyPlan.setExamDate', access: 'learner' },
  async ({ user, input, ctx }) => {
    const result = await setExamTarget(user, input, await timeZoneFromCookie(), ctx);
    if (result.ok) revalidatePath('/dashboard');
    return result;
  },
);

export const clearExamDateAction = authedAction(
  { name: 'studyPlan.clearExamDate', access: 'learner' },
  async ({ user, input }) => {
    const result = await clearExamTarget(user, input);
    if (result.ok) revalidatePath('/dashboard');
    return result;
  },
);
