'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { signUpAction } from '@/server/accounts/actions';

export function SignUpForm() {
  const [state, dispatch, pending] = useActionState(signUpAction, null);
  if (state?.ok) {
    return <Alert tone="success">{state.data.message}</Alert>;
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label="Name" name="name" autoComplete="name" required maxLength={80} error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        hint="At least 8 characters. A long passphrase is easiest to remember."
        error={errors.password}
      />
      <SubmitButton pending={pending} pendingLabel="Creating account…">
        Create account
      </SubmitButton>
    </ActionForm>
  );
}
