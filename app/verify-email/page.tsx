import type { Metadata } from 'next';
import { AuthCard } from '@/components/account/auth-card';
import { VerifyEmailForm } from '@/components/account/token-form';
import { tokenPageQuerySchema } from '@/lib/validation/auth';
import type { PageSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Confirm your email' };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  // A token of the wrong shape (or repeated: the first counts) is no token: the form then says the link is invalid.
  const query = tokenPageQuerySchema.safeParse(await searchParams);
  const token = query.success ? query.data.token : '';
  return (
    <AuthCard title="Confirm your email" subtitle="One click and your account is ready.">
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
