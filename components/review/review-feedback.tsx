'use client';

import { AnswerFeedbackPanel } from '@/components/question/answer-feedback';
import { describeNextReview } from '@/lib/progress/format-time';
import type { ReviewOutcome } from '@/lib/review/views';

const RATING_TEXT = { again: 'Missed', hard: 'Hard', good: 'Good' } as const;

/** Right or wrong, when the card comes back, the explanation and the references. */
export function ReviewFeedbackPanel({ outcome, answeredAt }: { outcome: ReviewOutcome; answeredAt: number }) {
  const { feedback } = outcome;
  return (
    <AnswerFeedbackPanel
      correct={feedback.correct}
      explanation={feedback.explanation}
      references={feedback.references}
      detail={
        outcome.rating && outcome.nextDueAt !== null
          ? `${RATING_TEXT[outcome.rating]} · next review ${describeNextReview(outcome.nextDueAt, answeredAt)}`
          : null
      }
      notes={
        outcome.status === 'duplicate' ? (
          <p className="mt-1 text-sm text-slate-700">
            This answer had already been recorded; it counts once.
          </p>
        ) : outcome.status === 'stale' ? (
          <p className="mt-1 text-sm text-slate-700">
            This card was reviewed on another device or suspended since it was shown, so this answer was not
            counted.
          </p>
        ) : null
      }
    />
  );
}
