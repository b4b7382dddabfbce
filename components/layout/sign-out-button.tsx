'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: '/' })}
      className="text-sm font-medium text-slate-600 hover:text-brand-700"
    >
      Sign out
    </button>
  );
}
