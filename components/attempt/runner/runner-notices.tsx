'use client';

import Link from 'next/link';

/** The banners above the question: offline, the five-minute warning, a refused save, an ended session. */
export function RunnerNotices({
  attemptId,
  noun,
  showWarning,
  onDismissWarning,
  rejected,
  onDismissRejected,
  signedOut,
  offline,
}: {
  attemptId: string;
  noun: 'exam' | 'session';
  showWarning: boolean;
  onDismissWarning(): void;
  rejected: string | null;
  onDismissRejected(): void;
  signedOut: boolean;
  offline: boolean;
}) {
  return (
    <>
      {offline ? (
        // Phones: the sticky bar only says "Offline"; this says what it means.
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 sm:hidden">
          You are offline. Your answers are kept on this device and sent when you are back online.
        </p>
      ) : null}
      {showWarning ? (
        <div
          role="alert"
          className="flex items-start justify-between gap-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <p>
            <strong className="font-semibold">Less than 5 minutes left.</strong> Your answers are saved as you
            go; the {noun} is submitted automatically when time runs out.
          </p>
          <button
            type="button"
            onClick={onDismissWarning}
            className="shrink-0 font-semibold underline-offset-2 hover:underline"
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {rejected ? (
        <div
          role="alert"
          className="flex items-start justify-between gap-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <p>{rejected}</p>
          <button
            type="button"
            onClick={onDismissRejected}
            className="shrink-0 font-semibold underline-offset-2 hover:underline"
          >
            Dismiss
          </button>
        </div>
      ) : null}
      {signedOut ? (
        <div
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          Your session has ended. Your answers are kept on this device.{' '}
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/attempts/${attemptId}`)}`}
            className="font-semibold underline"
          >
            Sign in again
          </Link>{' '}
          to save them and continue.
        </div>
      ) : null}
    </>
  );
}

/** Time is up: shown while the attempt is submitted, or with a way to retry when that failed. */
export function TimeoutOverlay({
  noun,
  error,
  onRetry,
}: {
  noun: 'exam' | 'session';
  error: string | null;
  onRetry(): void;
}) {
  return (
    <div className="fixed inset-0 z-50 grid place-items-center bg-slate-900/60 p-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-title"
        className="w-full max-w-md rounded-2xl bg-white p-6 text-center shadow-xl"
      >
        <h2 id="timeout-title" className="text-lg font-semibold">
          Time is up
        </h2>
        {error ? (
          <>
            <p className="mt-2 text-sm text-slate-600">
              Your {noun} was closed at the deadline. {error}
            </p>
            <button
              type="button"
              autoFocus
              onClick={onRetry}
              className="mt-5 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              See my result
            </button>
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-600" role="status">
            Submitting your {noun}…
          </p>
        )}
      </div>
    </div>
  );
}

const SECONDARY =
  'inline-flex items-center gap-1 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

/** Previous / position / Next, or the way to the submit dialog on the last question. */
export function Pager({
  index,
  total,
  practice,
  onGo,
  onFinish,
}: {
  index: number;
  total: number;
  practice: boolean;
  onGo(index: number): void;
  onFinish(): void;
}) {
  return (
    <div className="flex items-center justify-between gap-3">
      <button type="button" onClick={() => onGo(index - 1)} disabled={index === 0} className={SECONDARY}>
        <span aria-hidden>←</span> Previous
      </button>
      <span className="text-sm text-slate-600 tabular-nums">
        {index + 1} / {total}
      </span>
      {index === total - 1 ? (
        <button
          type="button"
          onClick={onFinish}
          className="inline-flex items-center gap-1 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {practice ? 'Finish session' : 'Review and submit'}
        </button>
      ) : (
        <button type="button" onClick={() => onGo(index + 1)} className={SECONDARY}>
          Next <span aria-hidden>→</span>
        </button>
      )}
    </div>
  );
}
