'use server';

import { redirect } from 'next/navigation';
import { authedAction } from '../entry/actions';
import { startDiagnostic } from './diagnostic';

/** Starts (or resumes) the exam's diagnostic test and opens it in the runner. */
export const startDiagnosticAction = authedAction<{ id: string }>(
  { name: 'attempts.startDiagnostic', access: 'learner' },
  async ({ user, formData }) => {
    const started = await startDiagnostic(user, { examSlug: formData?.get('examSlug') }, new Date());
    redirect(`/attempts/${started.id}`);
  },
);
