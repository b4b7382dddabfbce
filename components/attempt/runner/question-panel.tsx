'use client';

import { AnswerFeedbackPanel } from '@/components/question/answer-feedback';
import { WithExhibits } from '@/components/question/with-exhibits';
import { ReportQuestionButton } from '@/components/studio/report-question-button';
import type { AnswerFeedback, RunnerQuestion } from '@/lib/exam/views';
import { OptionRow } from './option-row';
import { creditDetail } from '@/components/question/credit';
import { StructuredAnswer, structuredHint } from './structured-answer';
import { MemoRichText as RichText } from './rich-text-memo';

interface Props {
  question: RunnerQuestion;
  number: number;
  total: number;
  selected: string[];
  /** Options struck out (never scored). */
  struck: string[];
  flagged: boolean;
  practice: boolean;
  feedback: AnswerFeedback | undefined;
  /** Practice: answered, waiting for the server's feedback. */
  awaitingCheck: boolean;
  offline: boolean;
  notice: string | null;
  onSelect(optionId: string): void;
  /** Matching/ordering: the whole answer. */
  onSetAnswer(selected: string[]): void;
  onToggleStrike(optionId: string): void;
  onClear(): void;
  onToggleFlag(): void;
  onCheck(): void;
}

export function QuestionPanel({
  question,
  number,
  total,
  selected,
  struck,
  flagged,
  practice,
  feedback,
  awaitingCheck,
  offline,
  notice,
  onSelect,
  onSetAnswer,
  onToggleStrike,
  onClear,
  onToggleFlag,
  onCheck,
}: Props) {
  const multiple = question.type === 'multiple';
  const structured = question.type === 'matching' || question.type === 'ordering';
  const locked = practice && (Boolean(feedback) || awaitingCheck);
  const stemId = `q-${question.position}-stem`;
  const hintId = `q-${question.position}-hint`;
  const chosen = new Set(selected);
  const struckOut = new Set(struck);
  const correct = new Set(feedback?.correctOptionIds ?? []);

  return (
    <section
      aria-labelledby={`q-${question.position}-title`}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-3 sm:px-6">
        <div>
          <h2 id={`q-${question.position}-title`} className="text-sm font-semibold text-slate-900">
            Question {number} <span className="font-normal text-slate-600">of {total}</span>
          </h2>
          {question.objective ? <p className="text-xs text-slate-600">{question.objective}</p> : null}
        </div>
        <button
          type="button"
          onClick={onToggleFlag}
          aria-pressed={flagged}
          className={`inline-flex min-h-11 items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${flagged ? 'bg-amber-50 text-amber-900 ring-amber-300' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
        >
          <svg
            aria-hidden
            viewBox="0 0 20 20"
            className="h-4 w-4"
            fill={flagged ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <path d="M4 17V3m0 1h9l-1.5 3.5L13 11H4" strokeLinejoin="round" />
          </svg>
          {flagged ? 'Flagged for review' : 'Flag for review'}
        </button>
      </header>

      <div className="px-4 py-5 sm:px-6">
        <WithExhibits exhibits={question.exhibits ?? []} idBase={`q-${question.position}-exhibits`}>
          <div className="space-y-5">
            <div id={stemId} className="text-base leading-relaxed text-slate-900">
              <RichText text={question.stem} />
            </div>
            <p id={hintId} className="text-sm font-medium text-slate-600">
              {structured
                ? structuredHint(question)
                : multiple
                  ? `Choose ${question.choose}.`
                  : 'Choose one.'}
              {multiple ? (
                <span className="ml-2 text-slate-600">
                  {selected.length} of {question.choose} chosen
                </span>
              ) : null}
              <span aria-live="polite" className="ml-2 text-amber-800">
                {notice}
              </span>
            </p>

            {structured ? (
              <StructuredAnswer
                question={question}
                name={`Question ${number}`}
                selected={selected}
                locked={locked}
                feedbackKey={feedback?.correctOptionIds}
                onChange={onSetAnswer}
              />
            ) : (
              <fieldset aria-labelledby={stemId} aria-describedby={hintId}>
                <ul className="space-y-2.5">
                  {question.options.map((option, i) => (
                    <OptionRow
                      key={option.id}
                      option={option}
                      index={i}
                      name={`question-${question.position}`}
                      multiple={multiple}
                      chosen={chosen.has(option.id)}
                      struck={struckOut.has(option.id)}
                      locked={locked}
                      isKey={feedback ? correct.has(option.id) : undefined}
                      onSelect={onSelect}
                      onToggleStrike={onToggleStrike}
                    />
                  ))}
                </ul>
              </fieldset>
            )}

            {practice && !feedback ? (
              awaitingCheck ? (
                offline ? (
                  <p
                    role="status"
                    className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
                  >
                    Answer kept on this device. It will be checked as soon as you are back online.
                  </p>
                ) : (
                  <p role="status" className="text-sm text-slate-600">
                    Checking your answer…
                  </p>
                )
              ) : (
                <div className="flex items-center gap-3">
                  <button
                    type="button"
                    onClick={onCheck}
                    disabled={selected.length === 0}
                    className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-50"
                  >
                    Check answer
                  </button>
                  <span className="text-xs text-slate-600">or press Enter</span>
                </div>
              )
            ) : null}
            {!practice && selected.length > 0 ? (
              <button
                type="button"
                onClick={onClear}
                className="min-h-11 text-sm font-medium text-slate-700 underline underline-offset-2 hover:text-slate-900"
              >
                Clear answer
              </button>
            ) : null}
            {feedback ? (
              <AnswerFeedbackPanel
                correct={feedback.correct}
                detail={
                  structured ? creditDetail(feedback.score, question.partialCredit === true) : undefined
                }
                explanation={feedback.explanation}
                references={feedback.references}
              >
                <ReportQuestionButton
                  questionId={feedback.questionId}
                  questionVersionId={feedback.questionVersionId}
                />
              </AnswerFeedbackPanel>
            ) : null}
          </div>
        </WithExhibits>
      </div>
    </section>
  );
}
