import { describeNextReview } from '@/lib/progress/format-time';
import { RATING_LABELS } from '@/lib/review/rating';
import type { ReviewOutcome } from '@/lib/review/views';

/**
 * "3 of 20 reviewed today": reviews the server logged since the start of the learner's today,
 * of those plus the cards still due today. Both numbers come from the server, so a reload, a
 * second tab or another device shows the same count.
 */
export function ReviewProgress({ reviewed, due }: { reviewed: number; due: number }) {
  const total = reviewed + due;
  return (
    <div className="w-full sm:w-56">
      <p role="status" aria-label="Progress today" className="text-sm text-slate-700">
        <span className="text-2xl font-semibold text-slate-900 tabular-nums">{reviewed}</span> of{' '}
        <span className="tabular-nums">{total}</span> reviewed today
        <span className="text-slate-600"> · {due} to go</span>
      </p>
      <div
        role="progressbar"
        aria-label="Reviewed today"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
        className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width]"
          style={{ width: `${total === 0 ? 0 : Math.round((100 * reviewed) / total)}%` }}
        />
      </div>
    </div>
  );
}

/** What the last rating did, for the status line under the header. */
export function describeOutcome(outcome: ReviewOutcome, ratedAt: number): string {
  if (outcome.status === 'stale')
    return 'That card was reviewed on another device or suspended since it was shown, so your rating was not counted.';
  const what =
    outcome.rating && outcome.nextDueAt !== null
      ? `${RATING_LABELS[outcome.rating]} · next review ${describeNextReview(outcome.nextDueAt, ratedAt)}.`
      : '';
  return outcome.status === 'duplicate' ? `Already recorded, counted once. ${what}` : `Saved: ${what}`;
}
