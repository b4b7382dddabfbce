'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmitButton } from '@/components/ui/confirm-dialog';
import { SubmitButton } from '@/components/ui/submit-button';
import { setQuestionStatusAction } from '@/server/studio/actions';

/** Retire (after a confirmation saying what it does), reactivate, or activate a draft. */
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
    <ActionForm
      dispatch={dispatch}
      className="flex flex-wrap items-center gap-2"
      aria-label="Question status"
    >
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="status" value={next} />
      {next === 'retired' ? (
        <ConfirmSubmitButton
          pending={pending}
          pendingLabel="Saving…"
          title={`Retire question #${questionId}?`}
          confirmLabel="Retire question"
          description={
            <>
              <p>
                Learners will no longer get it in new mock exams, practice or reviews. Results that already
                include it keep it.
              </p>
              <p>You can reactivate it at any time.</p>
            </>
          }
        >
          Retire question
        </ConfirmSubmitButton>
      ) : (
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {status === 'draft' ? 'Activate draft' : 'Reactivate question'}
        </SubmitButton>
      )}
      <ActionError state={state} className="text-sm text-red-600" />
    </ActionForm>
  );
}
