import type { Metadata } from 'next';
import { AuthCard } from '@/components/account/auth-card';
import { VerifyEmailForm } from '@/components/account/token-form';
import { tokenOfQuery } from '@/lib/validation/auth';
import type { PageSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Confirm your email' };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const token = tokenOfQuery(await searchParams);
  return (
    <AuthCard title="Confirm your email" subtitle="One click and your account is ready.">
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
