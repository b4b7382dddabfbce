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
      className="block w-full rounded-lg px-3 py-2 text-left font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:px-2 lg:py-1.5"
    >
      Sign out
    </button>
  );
}
