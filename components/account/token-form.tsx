'use client';

import Link from 'next/link';
import { useActionState, type ReactNode } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { verifyEmailAction } from '@/server/accounts/actions';

type TokenResult = ActionResult<{ message: string }>;

/**
 * A form that spends the token of an emailed link (verify the email, reset the password): the
 * token travels hidden, the fields (if any) get their errors, and success says so and points to sign in.
 */
export function TokenForm({
  token,
  action,
  submitLabel,
  pendingLabel,
  fields,
  next = { href: '/sign-in', label: 'Go to sign in' },
}: {
  token: string;
  action: (state: TokenResult | null, data: FormData) => Promise<TokenResult>;
  submitLabel: string;
  pendingLabel: string;
  fields?: (errors: Record<string, string>) => ReactNode;
  /** Where success points to. */
  next?: { href: string; label: string };
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.data.message}</Alert>
        <Link href={next.href} className="inline-block font-medium text-brand-700 hover:underline">
          {next.label}
        </Link>
      </div>
    );
  }
  return (
    <ActionForm dispatch={dispatch} className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      {fields?.(state && !state.ok ? (state.fieldErrors ?? {}) : {})}
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </ActionForm>
  );
}

/** Verification is a POST behind a button, so link scanners that prefetch URLs cannot use the token. */
export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={verifyEmailAction}
      submitLabel="Confirm my email"
      pendingLabel="Confirming…"
    />
  );
}
