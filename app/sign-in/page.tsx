import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/account/auth-card';
import { DeletionScheduledNotice } from '@/components/account/delete-account-scheduled';
import { SignInForm } from '@/components/account/sign-in-form';
import { AFTER_SIGN_IN_PATH, safeRedirectTarget } from '@/lib/auth/safe-redirect';
import { describeSignInErrorCode } from '@/lib/auth/sign-in-errors';
import { googleSignInEnabled } from '@/server/auth/options';
import { getCurrentUser } from '@/server/auth/session';

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export const metadata: Metadata = { title: 'Sign in' };

interface Props {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    csrf?: string | string[];
    deletion?: string | string[];
  }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = firstValue(params.callbackUrl);
  // next-auth sends a form posted before the page was interactive back here with csrf=true.
  const errorCode = firstValue(params.error) ?? (params.csrf ? 'SessionRequired' : undefined);
  // No (safe) callbackUrl: the learner's dashboard, not the marketing home.
  const target = safeRedirectTarget(callbackUrl, AFTER_SIGN_IN_PATH);
  if (await getCurrentUser()) redirect(target);
  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back. Pick up where you left off."
      footer={
        <>
          New to PingToPass?{' '}
          <Link
            href={`/sign-up${callbackUrl ? `?callbackUrl=${encodeURIComponent(target)}` : ''}`}
            className="font-medium text-brand-700 hover:underline"
          >
            Create an account
          </Link>
        </>
      }
    >
      {firstValue(params.deletion) === 'scheduled' ? <DeletionScheduledNotice /> : null}
      <SignInForm
        callbackUrl={target}
        initialError={errorCode ? describeSignInErrorCode(errorCode) : undefined}
        googleEnabled={googleSignInEnabled}
      />
    </AuthCard>
  );
}
