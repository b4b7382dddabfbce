'use client';

import { Field } from '@/components/ui/field';
import { resetPasswordAction } from '@/server/accounts/actions';
import { TokenForm } from './token-form';

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={resetPasswordAction}
      submitLabel="Set new password"
      pendingLabel="Saving…"
      fields={(errors) => (
        <>
          <Field
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 8 characters."
            error={errors.password}
          />
          <Field
            label="Repeat new password"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            error={errors.confirm}
          />
        </>
      )}
    />
  );
}
