'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '../entry/actions';
import { kickInProcessWorker } from '../jobs/kick';
import { retryFailedJob } from './jobs';

export const retryJobAction = authedAction(
  { name: 'admin.retryJob', access: 'admin' },
  async ({ user, input, ctx }) => {
    const result = await retryFailedJob(user, input, ctx);
    if (result.ok) {
      kickInProcessWorker();
      revalidatePath('/admin/jobs');
    }
    return result;
  },
);
