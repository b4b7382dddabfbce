'use client';

import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { describeSignInResult } from '@/lib/auth/sign-in-errors';

/** `initialError` is already a message: the page maps the URL's code on the server. */
export function SignInForm({
  callbackUrl,
  initialError,
  googleEnabled,
}: {
  callbackUrl: string;
  initialError?: string;
  googleEnabled: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState(initialError ?? null);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: data.get('email'),
      password: data.get('password'),
      redirect: false,
      callbackUrl,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(describeSignInResult(result?.error ?? 'CredentialsSignin'));
  }

  return (
    <div className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {/* Posts to next-auth if submitted before hydration: the password never lands in a URL.
          Without the CSRF token next-auth refuses it and comes back here with ?csrf=true. */}
      <form
        method="post"
        action="/api/auth/callback/credentials"
        onSubmit={onSubmit}
        className="space-y-4"
        noValidate
      >
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
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
