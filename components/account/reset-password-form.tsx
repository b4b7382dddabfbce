'use client';

import { resetPasswordAction } from '@/server/accounts/actions';
import { NewPasswordFields } from './new-password-fields';
import { TokenForm } from './token-form';

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <TokenForm
      token={token}
      action={resetPasswordAction}
      submitLabel="Set new password"
      pendingLabel="Saving…"
      fields={(errors) => <NewPasswordFields name="password" errors={errors} />}
    />
  );
}
