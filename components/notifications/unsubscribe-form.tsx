'use client';

import { TokenForm } from '@/components/account/token-form';
import { unsubscribeAction } from '@/server/notifications/actions';

/** A POST behind a button: mail scanners open every link, and a GET must never unsubscribe. */
export function UnsubscribeForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={unsubscribeAction}
      submitLabel="Unsubscribe"
      pendingLabel="Unsubscribing…"
      next={{ href: '/account#email-preferences', label: 'Manage all emails on your account page' }}
    />
  );
}
