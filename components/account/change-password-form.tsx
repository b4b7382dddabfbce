'use client';

import { signIn } from 'next-auth/react';
import { useActionState, useEffect, useRef, useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { NewPasswordFields } from './new-password-fields';
import { changePasswordAction } from '@/server/accounts/actions';

/** Changing the password ends every session; this one signs straight back in with the new password. */
export function ChangePasswordForm() {
  const [state, dispatch, pending] = useActionState(changePasswordAction, null);
  const newPassword = useRef('');
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (!state?.ok) return;
    void signIn('credentials', {
      email: state.data.email,
      password: newPassword.current,
      redirect: false,
    }).then(() => setDone(true));
  }, [state]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm
      dispatch={(data) => {
        newPassword.current = String(data.get('newPassword') ?? '');
        setDone(false);
        dispatch(data);
      }}
      className="space-y-4"
      aria-label="Change password"
    >
      {done ? <Alert tone="success">Password changed. Other devices were signed out.</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <NewPasswordFields name="newPassword" errors={errors} />
      <SubmitButton pending={pending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </ActionForm>
  );
}
