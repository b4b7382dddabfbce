'use client';

import { describeNextReview } from '@/lib/progress/format-time';
import { intervalLabel } from '@/lib/review/interval-label';
import { RATING_LABELS, RATING_NUMBER, type ReviewRating } from '@/lib/review/rating';
import type { ReviewReveal } from '@/lib/review/views';

const TONES: Record<ReviewRating, string> = {
  again: 'border-red-300 text-red-800 hover:bg-red-50',
  hard: 'border-amber-300 text-amber-900 hover:bg-amber-50',
  good: 'border-emerald-300 text-emerald-800 hover:bg-emerald-50',
  easy: 'border-sky-300 text-sky-800 hover:bg-sky-50',
};

/**
 * Again / Hard / Good / Easy after the reveal, each with when the card would come back (from the
 * server's FSRS preview for this card and reveal time) and its key. The grade the answer
 * suggests has the focus, so Enter or Space takes it.
 */
export function RatingButtons({
  reveal,
  pending,
  onRate,
}: {
  reveal: ReviewReveal;
  pending: ReviewRating | null;
  onRate: (rating: ReviewRating) => void;
}) {
  return (
    <div role="group" aria-labelledby="rate-heading" className="space-y-2">
      <p id="rate-heading" className="text-sm font-medium text-slate-800">
        How well did you know it?
      </p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {reveal.choices.map(({ rating, dueAt }) => {
          const key = RATING_NUMBER[rating];
          const suggested = rating === reveal.suggested;
          return (
            <button
              key={rating}
              type="button"
              onClick={() => onRate(rating)}
              disabled={pending !== null}
              autoFocus={suggested}
              aria-keyshortcuts={String(key)}
              className={`flex min-h-14 flex-col items-center justify-center rounded-lg border-2 bg-white px-3 py-2 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-wait disabled:opacity-60 ${TONES[rating]} ${suggested ? 'shadow-md' : ''}`}
            >
              <span className="text-sm font-semibold">
                {pending === rating ? 'Saving…' : RATING_LABELS[rating]}
              </span>
              {/* Short for the eye, spelled out for screen readers (the name starts with the visible label). */}
              <span aria-hidden className="flex items-center gap-1.5 text-xs text-slate-700">
                <span className="tabular-nums">{intervalLabel(dueAt, reveal.revealedAt)}</span>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[11px] text-slate-700">
                  {key}
                </kbd>
              </span>
              <span className="sr-only">
                {`, next review ${describeNextReview(dueAt, reveal.revealedAt)}${suggested ? ' (suggested)' : ''}`}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
