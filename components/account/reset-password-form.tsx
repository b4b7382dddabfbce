'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { resetPasswordAction } from '@/server/accounts/actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, dispatch, pending] = useActionState(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.data.message}</Alert>
        <Link href="/sign-in" className="inline-block font-medium text-brand-700 hover:underline">
          Go to sign in
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required hint="At least 8 characters." error={errors.password} />
      <Field label="Repeat new password" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </ActionForm>
  );
}
