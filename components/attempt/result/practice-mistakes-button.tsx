'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { practiceMistakesAction, type StartState } from '@/server/attempts/actions';

export function PracticeMistakesButton({ attemptId, count }: { attemptId: string; count: number }) {
  const [state, dispatch] = useActionState<StartState, FormData>(practiceMistakesAction, null);
  return (
    <div className="space-y-2">
      <ActionForm dispatch={dispatch} aria-label="Practice my mistakes">
        <input type="hidden" name="attemptId" value={attemptId} />
        <SubmitButton pendingLabel="Starting…">Practice my mistakes ({count})</SubmitButton>
      </ActionForm>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
    </div>
  );
}
