'use client';

import { Countdown } from './countdown';
import type { SaveStatus } from './save-queue';
import { SaveStatusIndicator } from './save-status';

interface Props {
  practice: boolean;
  remaining: number | null;
  saveStatus: SaveStatus;
  answered: number;
  total: number;
  navigatorOpen: boolean;
  onOpenNavigator(): void;
  onSubmit(): void;
}

/**
 * What must never scroll away: the clock, whether answers are saved, the way to every question
 * (on narrow screens; wide ones show the navigator beside the question) and Submit.
 */
export function RunnerBar({
  practice,
  remaining,
  saveStatus,
  answered,
  total,
  navigatorOpen,
  onOpenNavigator,
  onSubmit,
}: Props) {
  return (
    <div
      role="region"
      aria-label="Exam controls"
      className="sticky top-0 z-30 -mx-4 flex items-center gap-2 border-y border-slate-200 bg-white/95 px-4 py-2 shadow-sm backdrop-blur sm:mx-0 sm:gap-3 sm:rounded-xl sm:border"
    >
      {remaining !== null ? <Countdown remaining={remaining} /> : null}
      <div className="min-w-0 flex-1">
        <SaveStatusIndicator status={saveStatus} />
      </div>
      <button
        type="button"
        onClick={onOpenNavigator}
        aria-haspopup="dialog"
        aria-expanded={navigatorOpen}
        className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-lg bg-white px-3 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 lg:hidden"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M3 3h4v4H3zM8 3h4v4H8zM13 3h4v4h-4zM3 8h4v4H3zM8 8h4v4H8zM13 8h4v4h-4zM3 13h4v4H3zM8 13h4v4H8zM13 13h4v4h-4z" />
        </svg>
        <span className="sr-only">Questions, </span>
        <span className="tabular-nums">
          {answered}
          <span aria-hidden>/</span>
          <span className="sr-only"> of </span>
          {total}
        </span>
        <span className="sr-only"> answered</span>
      </button>
      <button
        type="button"
        onClick={onSubmit}
        className="min-h-11 shrink-0 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 sm:px-4"
      >
        {practice ? (
          'Finish'
        ) : (
          <>
            Submit<span className="max-sm:sr-only"> exam</span>
          </>
        )}
      </button>
    </div>
  );
}
