'use client';

import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';

const ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Wrong email or password.',
  GoogleUnverified: 'Google did not confirm that email address, or the account is disabled.',
  OAuthAccountNotLinked: 'Sign in with your password first.',
};

function describeError(code: string): string {
  return ERROR_MESSAGES[code] ?? (code.includes(' ') ? code : 'Sign-in failed. Please try again.');
}

export function SignInForm({ callbackUrl, initialError, googleEnabled }: { callbackUrl: string; initialError?: string; googleEnabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState(initialError ? describeError(initialError) : null);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { email: data.get('email'), password: data.get('password'), redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(describeError(result?.error ?? 'CredentialsSignin'));
  }

  return (
    <div className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <div className="flex items-center justify-between">
          <SubmitButton pending={pending} pendingLabel="Signing in…">
            Sign in
          </SubmitButton>
          <Link href="/forgot-password" className="text-sm font-medium text-brand-700 hover:underline">
            Forgot password?
          </Link>
        </div>
      </form>
      {googleEnabled ? (
        <button
          type="button"
          onClick={() => void signIn('google', { callbackUrl })}
          className="w-full rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          Continue with Google
        </button>
      ) : null}
    </div>
  );
}
