'use client';

import { ReportQuestionButton } from '@/components/studio/report-question-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ReviewCardView, ReviewOutcome } from '@/lib/review/views';
import { ReviewFeedbackPanel } from './review-feedback';
import { ReviewQuestion } from './review-question';

const STATE_LABELS: Record<ReviewCardView['state'], string> = {
  new: 'new',
  learning: 'missed recently',
  relearning: 'missed recently',
  review: 'due for review',
};

export interface ReviewCardPanelProps {
  card: ReviewCardView;
  selected: string[];
  onSelect: (selected: string[]) => void;
  unsure: boolean;
  onUnsure: (unsure: boolean) => void;
  /** The answer's outcome once checked; null before. */
  outcome: ReviewOutcome | null;
  answeredAt: number;
  checking: boolean;
  error: string | null;
  onCheck: () => void;
  onNext: () => void;
  onSuspend: () => void;
  suspending: boolean;
}

/** One card: the question, "Check answer" with "I was unsure", then feedback and "Next card". */
export function ReviewCardPanel(props: ReviewCardPanelProps) {
  const { card, outcome } = props;
  const suspendButton = (
    <Button
      variant="ghost"
      size="sm"
      className={outcome ? '' : 'ml-auto'}
      onClick={props.onSuspend}
      disabled={props.suspending}
    >
      Suspend this card
    </Button>
  );
  return (
    <article
      aria-label="Review card"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <p className="text-xs text-slate-500">
        <span className="font-mono font-semibold text-brand-700">{card.exam.code}</span> ·{' '}
        {card.objective.code} {card.objective.title} · {STATE_LABELS[card.state]}
      </p>
      <ReviewQuestion
        card={card}
        selected={props.selected}
        onChange={props.onSelect}
        feedback={outcome?.feedback ?? null}
      />
      {outcome ? (
        <>
          <ReviewFeedbackPanel outcome={outcome} answeredAt={props.answeredAt} />
          <ReportQuestionButton questionId={card.question.id} questionVersionId={card.question.versionId} />
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={props.onNext} autoFocus>
              Next card
            </Button>
            {suspendButton}
          </div>
        </>
      ) : (
        <form
          className="flex flex-wrap items-center gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!props.checking) props.onCheck();
          }}
        >
          <Button type="submit" disabled={props.selected.length === 0 || props.checking}>
            {props.checking ? 'Checking…' : 'Check answer'}
          </Button>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={props.unsure}
              onChange={(e) => props.onUnsure(e.target.checked)}
              className="h-4 w-4 accent-brand-600"
            />
            I was unsure
          </label>
          {suspendButton}
        </form>
      )}
      {props.error ? <Alert tone="error">{props.error}</Alert> : null}
    </article>
  );
}
