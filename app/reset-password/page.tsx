import type { Metadata } from 'next';
import { AuthCard } from '@/components/account/auth-card';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { tokenPageQuerySchema } from '@/lib/validation/auth';
import type { PageSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>;
}) {
  // A token of the wrong shape (or repeated: the first counts) is no token: the form then says the link is invalid.
  const query = tokenPageQuerySchema.safeParse(await searchParams);
  const token = query.success ? query.data.token : '';
  return (
    <AuthCard title="Choose a new password" subtitle="You will be signed out on every device.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
