'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { computeStatisticsAction } from '@/server/studio/actions';

export function ComputeStatisticsButton({ examId, label }: { examId: number; label: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(computeStatisticsAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <ActionForm dispatch={dispatch} aria-label="Compute statistics" className="flex items-center gap-2">
      <input type="hidden" name="examId" value={examId} />
      <SubmitButton pending={pending} pendingLabel="Computing…">
        {label}
      </SubmitButton>
      <ActionError state={state} className="text-sm text-red-600" />
    </ActionForm>
  );
}
