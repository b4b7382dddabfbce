'use client';

import { signOut } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { LocalTime } from '@/components/attempt/local-time';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { DELETION_GRACE_DAYS } from '@/lib/accounts/deletion-schedule';
import { deleteAccountAction } from '@/server/accounts/actions';

/** Where the learner lands once signed out: the sign-in page says what happens next. */
const AFTER_DELETION_PATH = '/sign-in?deletion=scheduled';

/**
 * Schedules the deletion (server/accounts/deletion.ts): the server has already ended every
 * session, so this browser's cookie is cleared too. The data export comes first, on purpose.
 */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, dispatch, pending] = useActionState(deleteAccountAction, null);
  useEffect(() => {
    if (!state?.ok) return;
    // A moment to read the date before the page goes; the email says it again.
    const timer = setTimeout(() => void signOut({ callbackUrl: AFTER_DELETION_PATH }), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-5">
      <div className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-900">
        <p className="font-semibold">Before you go: download your data</p>
        <p className="mt-1">Your attempts, answers, review cards and reports, as one JSON file.</p>
        <a
          href="/api/account/export"
          download
          className="mt-3 inline-flex rounded-lg bg-white px-4 py-2.5 font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          Download my data first
        </a>
      </div>
      <ActionForm dispatch={dispatch} className="space-y-4" aria-label="Delete account">
        {state?.ok ? (
          <Alert tone="success">
            Your account will be deleted on <LocalTime value={Date.parse(state.data.scheduledFor)} />. We
            emailed you the date. Signing you out…
          </Alert>
        ) : null}
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        <p className="text-sm text-slate-600">
          Your account, every attempt and every answer will be deleted {DELETION_GRACE_DAYS} days from now,
          for good. You are signed out everywhere at once; signing in before then cancels the deletion. Type{' '}
          <strong className="font-mono wrap-anywhere">{email}</strong> to confirm.
        </p>
        <Field
          label="Your email"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          error={errors.confirmEmail}
        />
        <SubmitButton variant="danger" pending={pending || Boolean(state?.ok)} pendingLabel="Scheduling…">
          Delete my account
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
