'use client';

import { ReportQuestionButton } from '@/components/studio/report-question-button';
import { AnswerFeedbackPanel } from '@/components/question/answer-feedback';
import { creditDetail } from '@/components/question/credit';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { optionLetter } from '@/lib/exam/answers';
import type { ReviewRating } from '@/lib/review/rating';
import type { ReviewCardView, ReviewReveal } from '@/lib/review/views';
import { RatingButtons } from './rating-buttons';
import { ReviewQuestion } from './review-question';

const STATE_LABELS: Record<ReviewCardView['state'], string> = {
  new: 'new',
  learning: 'missed recently',
  relearning: 'missed recently',
  review: 'due for review',
};

const KBD = 'rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[11px] text-slate-700';

export interface ReviewCardPanelProps {
  card: ReviewCardView;
  selected: string[];
  onSelect: (selected: string[]) => void;
  /** The revealed answer and the four ratings; null before. */
  reveal: ReviewReveal | null;
  revealing: boolean;
  /** The rating on its way to the server, if any. */
  rating: ReviewRating | null;
  error: string | null;
  onReveal: () => void;
  onRate: (rating: ReviewRating) => void;
  onSuspend: () => void;
  suspending: boolean;
}

/**
 * One card: answer the question, reveal ("Check answer", or "Show answer" without one), read the
 * feedback, then rate it Again / Hard / Good / Easy, which records it and moves on.
 */
export function ReviewCardPanel(props: ReviewCardPanelProps) {
  const { card, reveal } = props;
  const answered = props.selected.length > 0;
  const structured = card.question.type === 'matching' || card.question.type === 'ordering';
  return (
    <article
      aria-label="Review card"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="min-w-0 flex-1 pt-1 text-xs text-slate-600">
          <span className="font-mono font-semibold text-brand-700">{card.exam.code}</span> ·{' '}
          {card.objective.code} {card.objective.title} · {STATE_LABELS[card.state]}
        </p>
        <Button
          variant="ghost"
          size="sm"
          className="-mt-1 -mr-2 shrink-0"
          onClick={props.onSuspend}
          disabled={props.suspending}
        >
          Suspend card
        </Button>
      </div>
      <ReviewQuestion
        card={card}
        selected={props.selected}
        onChange={props.onSelect}
        feedback={reveal?.feedback ?? null}
      />
      {reveal ? (
        <>
          <AnswerFeedbackPanel
            correct={reveal.feedback.correct}
            explanation={reveal.feedback.explanation}
            references={reveal.feedback.references}
            detail={
              !answered
                ? 'You did not choose an answer.'
                : structured
                  ? creditDetail(reveal.feedback.score, card.question.partialCredit === true)
                  : null
            }
          />
          <RatingButtons reveal={reveal} pending={props.rating} onRate={props.onRate} />
          <ReportQuestionButton questionId={card.question.id} questionVersionId={card.question.versionId} />
        </>
      ) : (
        <form
          className="flex flex-wrap items-center gap-x-4 gap-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!props.revealing) props.onReveal();
          }}
        >
          <Button type="submit" disabled={props.revealing} aria-keyshortcuts="Space Enter">
            {props.revealing ? 'Checking…' : answered ? 'Check answer' : 'Show answer'}
          </Button>
          {/* Keyboard hints from tablet width up: a phone has no keys to press. */}
          <p className="hidden text-xs text-slate-600 sm:block">
            <kbd className={KBD}>Space</kbd> or <kbd className={KBD}>Enter</kbd>{' '}
            {answered ? 'checks' : 'shows the answer'} ·{' '}
            {structured ? null : (
              <>
                <kbd className={KBD}>A</kbd>–
                <kbd className={KBD}>{optionLetter(Math.min(card.question.options.length, 5) - 1)}</kbd>{' '}
                choose ·{' '}
              </>
            )}
            then <kbd className={KBD}>1</kbd>–<kbd className={KBD}>4</kbd> rate
          </p>
        </form>
      )}
      {props.error ? <Alert tone="error">{props.error}</Alert> : null}
    </article>
  );
}
