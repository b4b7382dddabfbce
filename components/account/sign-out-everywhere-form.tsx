'use client';

import { signOut } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { signOutEverywhereAction } from '@/server/accounts/actions';

/** Ends every session of the account on the server, then clears this browser's cookie. */
export function SignOutEverywhereForm({ openSessions }: { openSessions: number }) {
  const [state, dispatch, pending] = useActionState(signOutEverywhereAction, null);
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: '/sign-in' });
  }, [state]);
  return (
    <form action={dispatch} className="space-y-3" aria-label="Sign out everywhere">
      {state?.ok ? <Alert tone="success">Signed out on every device. Taking you to sign-in…</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <p className="text-sm text-slate-600">
        {openSessions === 1
          ? 'You are signed in on 1 device or browser.'
          : `You are signed in on ${openSessions} devices or browsers.`}{' '}
        Signing out everywhere ends all of them, this one too.
      </p>
      <SubmitButton variant="secondary" pending={pending} pendingLabel="Signing out…">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}
