import { PERCENTILE_WINDOW_DAYS, percentileSentence } from '@/lib/progress/percentile';

/**
 * "Better than N% of learners…" (lib/progress/percentile.ts). Under the privacy floor it says
 * so without any number when `explainHidden` (the result page of a mock), and nothing otherwise.
 */
export function PercentileLine({
  betterThan,
  explainHidden = false,
}: {
  betterThan: number | null;
  explainHidden?: boolean;
}) {
  const sentence = percentileSentence(betterThan);
  if (sentence)
    return (
      <p className="rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">
        {sentence}
      </p>
    );
  if (!explainHidden) return null;
  return (
    <p className="text-sm text-slate-600">
      How you compare with other learners appears once enough of them have taken this exam&apos;s mock in the
      last {PERCENTILE_WINDOW_DAYS} days.
    </p>
  );
}
