'use client';

import type { SaveStatus } from './save-queue';

const VIEWS: Record<SaveStatus, { text: string; short: string; className: string; dot: string }> = {
  saved: { text: 'Saved', short: 'Saved', className: 'text-emerald-800', dot: 'bg-emerald-600' },
  saving: {
    text: 'Saving…',
    short: 'Saving…',
    className: 'text-slate-700',
    dot: 'bg-slate-500 animate-pulse',
  },
  offline: {
    text: 'Offline — answers kept on this device',
    short: 'Offline',
    className: 'text-amber-800',
    dot: 'bg-amber-500',
  },
  retrying: {
    text: 'Not saved yet — retrying',
    short: 'Retrying',
    className: 'text-amber-800',
    dot: 'bg-amber-500 animate-pulse',
  },
  'signed-out': {
    text: 'Signed out — answers kept on this device',
    short: 'Signed out',
    className: 'text-red-700',
    dot: 'bg-red-500',
  },
};

/**
 * The save indicator: a polite live region, so a screen reader hears when saving stops working.
 * Phones show the short word in the sticky bar; the offline notice below the bar says the rest.
 */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const view = VIEWS[status];
  return (
    <p
      role="status"
      aria-live="polite"
      className={`flex min-w-0 items-center gap-2 text-sm font-medium whitespace-nowrap ${view.className}`}
    >
      <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${view.dot}`} />
      {view.short === view.text ? (
        <span>{view.text}</span>
      ) : (
        <>
          <span className="sm:hidden">{view.short}</span>
          <span className="hidden sm:inline">{view.text}</span>
        </>
      )}
    </p>
  );
}
