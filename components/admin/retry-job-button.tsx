'use client';

import { useActionState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { retryJobAction } from '@/server/admin/job-actions';

/** Queues a failed job again with a fresh set of attempts. */
export function RetryJobButton({ jobId, kind }: { jobId: number; kind: string }) {
  const [state, dispatch, pending] = useActionState(retryJobAction, null);
  return (
    <ActionForm
      dispatch={dispatch}
      className="flex flex-wrap items-center gap-2"
      aria-label={`Retry job ${jobId}`}
    >
      <input type="hidden" name="jobId" value={jobId} />
      <button
        type="submit"
        disabled={pending || state?.ok === true}
        className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
      >
        {pending ? (
          'Queuing…'
        ) : (
          <>
            Retry
            <span className="sr-only">
              {' '}
              {kind} job {jobId}
            </span>
          </>
        )}
      </button>
      <ActionError state={state} />
      {state?.ok ? (
        <span role="status" className="text-xs text-emerald-700">
          Queued
        </span>
      ) : null}
    </ActionForm>
  );
}
