'use client';

import { signOut } from 'next-auth/react';
import { forgetKeptPages } from '@/components/pwa/kept-pages';

// Pages kept for offline use go before the session does, so the next person cannot open them.
async function signOutHere() {
  await forgetKeptPages();
  await signOut({ callbackUrl: '/' });
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOutHere()}
      className="text-sm font-medium text-slate-600 hover:text-brand-700"
    >
      Sign out
    </button>
  );
}
