'use client';

import type { SaveStatus } from './save-queue';

const VIEWS: Record<SaveStatus, { text: string; className: string; dot: string }> = {
  saved: { text: 'Saved', className: 'text-emerald-700', dot: 'bg-emerald-500' },
  saving: { text: 'Saving…', className: 'text-slate-600', dot: 'bg-slate-400 animate-pulse' },
  offline: {
    text: 'Offline — answers kept on this device',
    className: 'text-amber-800',
    dot: 'bg-amber-500',
  },
  retrying: {
    text: 'Not saved yet — retrying',
    className: 'text-amber-800',
    dot: 'bg-amber-500 animate-pulse',
  },
  'signed-out': {
    text: 'Signed out — answers kept on this device',
    className: 'text-red-700',
    dot: 'bg-red-500',
  },
};

/** The save indicator: a polite live region, so a screen reader hears when saving stops working. */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const view = VIEWS[status];
  return (
    <p
      role="status"
      aria-live="polite"
      className={`flex items-center gap-2 text-sm font-medium ${view.className}`}
    >
      <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${view.dot}`} />
      <span>{view.text}</span>
    </p>
  );
}
