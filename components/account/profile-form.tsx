'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { updateProfileAction } from '@/server/accounts/actions';

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(updateProfileAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="space-y-4" aria-label="Profile">
      {state?.ok ? <Alert tone="success">Saved.</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <Field
        label="Email"
        name="email-readonly"
        value={email}
        readOnly
        disabled
        hint="Your sign-in address."
      />
      <Field
        label="Name"
        name="name"
        defaultValue={name}
        autoComplete="name"
        required
        maxLength={80}
        error={errors.name}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save profile
      </SubmitButton>
    </ActionForm>
  );
}
