'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

const variants = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700',
  danger: 'bg-red-600 text-white hover:bg-red-700',
  secondary: 'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
} as const;

/** Disabled while its form is submitting, and says so. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  pending: forced,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof variants;
  pending?: boolean;
}) {
  const { pending: formPending } = useFormStatus();
  const pending = forced ?? formPending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={`inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold shadow-sm disabled:cursor-wait disabled:opacity-60 ${variants[variant]}`}
    >
      {pending ? (pendingLabel ?? 'Working…') : children}
    </button>
  );
}
