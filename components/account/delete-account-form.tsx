'use client';

import { signOut } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteAccountAction } from '@/server/accounts/actions';

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, dispatch, pending] = useActionState(deleteAccountAction, null);
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: '/' });
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="space-y-4" aria-label="Delete account">
      {state?.ok ? <Alert tone="success">Your account was deleted. Signing you out…</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <p className="text-sm text-slate-600">
        This permanently deletes your account, every attempt and every answer. It cannot be undone. Type{' '}
        <strong className="font-mono">{email}</strong> to confirm.
      </p>
      <Field
        label="Your email"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        error={errors.confirmEmail}
      />
      <SubmitButton variant="danger" pending={pending} pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </ActionForm>
  );
}
