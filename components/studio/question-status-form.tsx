'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { setQuestionStatusAction } from '@/server/studio/actions';

export function QuestionStatusForm({
  questionId,
  status,
}: {
  questionId: number;
  status: 'active' | 'retired' | 'draft';
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(setQuestionStatusAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const next = status === 'active' ? 'retired' : 'active';
  return (
    <ActionForm dispatch={dispatch} className="flex items-center gap-2" aria-label="Question status">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="status" value={next} />
      <SubmitButton
        pending={pending}
        variant={next === 'retired' ? 'danger' : 'primary'}
        pendingLabel="Saving…"
      >
        {next === 'retired'
          ? 'Retire question'
          : status === 'draft'
            ? 'Activate draft'
            : 'Reactivate question'}
      </SubmitButton>
      <ActionError state={state} className="text-sm text-red-600" />
    </ActionForm>
  );
}
