'use client';

import { QuestionMarkdown } from '@/components/question/markdown';
import { sanitizeMarkdownUrl } from '@/lib/markdown/url-policy';
import { describeNextReview } from '@/lib/progress/format-time';
import type { ReviewOutcome } from '@/lib/review/views';

const RATING_TEXT = { again: 'Missed', hard: 'Hard', good: 'Good' } as const;

/** Right or wrong, when the card comes back, the explanation and the references. */
export function ReviewFeedbackPanel({ outcome, answeredAt }: { outcome: ReviewOutcome; answeredAt: number }) {
  const { feedback } = outcome;
  // References are author input: only URLs the markdown policy allows become links.
  const references = feedback.references.flatMap((ref) => {
    const url = sanitizeMarkdownUrl(ref.url, 'link');
    return url ? [{ title: ref.title, url }] : [];
  });
  return (
    <div role="region" aria-label="Answer feedback" className={`rounded-lg border px-4 py-4 ${feedback.correct ? 'border-emerald-200 bg-emerald-50' : 'border-red-200 bg-red-50'}`}>
      <p className={`font-semibold ${feedback.correct ? 'text-emerald-800' : 'text-red-800'}`}>
        <span aria-hidden>{feedback.correct ? '✓ ' : '✗ '}</span>
        {feedback.correct ? 'Correct' : 'Incorrect'}
        {outcome.rating && outcome.nextDueAt !== null ? (
          <span className="ml-2 text-sm font-normal text-slate-700">
            {RATING_TEXT[outcome.rating]} · next review {describeNextReview(outcome.nextDueAt, answeredAt)}
          </span>
        ) : null}
      </p>
      {outcome.status === 'duplicate' ? <p className="mt-1 text-sm text-slate-700">This answer had already been recorded; it counts once.</p> : null}
      {outcome.status === 'stale' ? (
        <p className="mt-1 text-sm text-slate-700">This card was reviewed on another device or suspended since it was shown, so this answer was not counted.</p>
      ) : null}
      {feedback.explanation ? (
        <div className="mt-3 text-sm text-slate-800">
          <h3 className="sr-only">Explanation</h3>
          <QuestionMarkdown source={feedback.explanation} />
        </div>
      ) : null}
      {references.length > 0 ? (
        <div className="mt-3 text-sm">
          <h3 className="font-medium text-slate-700">References</h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {references.map((ref) => (
              <li key={ref.url}>
                <a href={ref.url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline">
                  {ref.title || ref.url}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
