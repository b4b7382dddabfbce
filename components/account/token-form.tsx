'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { verifyEmailAction } from '@/server/accounts/actions';

/** Verification is a POST behind a button, so link scanners that prefetch URLs cannot use the token. */
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, dispatch, pending] = useActionState(verifyEmailAction, null);
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
  return (
    <ActionForm dispatch={dispatch} className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel="Confirming…">
        Confirm my email
      </SubmitButton>
    </ActionForm>
  );
}
