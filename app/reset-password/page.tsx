import type { Metadata } from 'next';
import { AuthCard } from '@/components/account/auth-card';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { tokenOfQuery } from '@/lib/validation/auth';
import type { PageSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>;
}) {
  const token = tokenOfQuery(await searchParams);
  return (
    <AuthCard title="Choose a new password" subtitle="You will be signed out on every device.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
