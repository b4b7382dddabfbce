'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { requestResetAction } from '@/server/accounts/actions';

export function ForgotPasswordForm() {
  const [state, dispatch, pending] = useActionState(requestResetAction, null);
  if (state?.ok) return <Alert tone="success">{state.data.message}</Alert>;
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Send reset link
      </SubmitButton>
    </ActionForm>
  );
}
