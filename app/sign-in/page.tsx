import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/account/auth-card';
import { SignInForm } from '@/components/account/sign-in-form';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { googleSignInEnabled } from '@/server/auth/options';
import { getCurrentUser } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Sign in' };

interface Props {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Pick up where you left off."
      footer={
        <>
          New to PingToPass?{' '}
          <Link href={`/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(target)}` : ''}`} className="font-medium text-brand-700 hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={target} initialError={error} googleEnabled={googleSignInEnabled} />
    </AuthCard>
  );
}
