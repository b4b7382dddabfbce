'use client';

import { AnswerFeedbackPanel } from '@/components/question/answer-feedback';
import { ReportQuestionButton } from '@/components/studio/report-question-button';
import { optionLetter } from '@/lib/exam/answers';
import type { AnswerFeedback, RunnerQuestion } from '@/lib/exam/views';
import { MemoRichText as RichText } from './rich-text-memo';

interface Props {
  question: RunnerQuestion;
  number: number;
  total: number;
  selected: string[];
  flagged: boolean;
  practice: boolean;
  feedback: AnswerFeedback | undefined;
  /** Practice: answered, waiting for the server's feedback. */
  awaitingCheck: boolean;
  offline: boolean;
  notice: string | null;
  onSelect(optionId: string): void;
  onClear(): void;
  onToggleFlag(): void;
  onCheck(): void;
}

export function QuestionPanel({
  question,
  number,
  total,
  selected,
  flagged,
  practice,
  feedback,
  awaitingCheck,
  offline,
  notice,
  onSelect,
  onClear,
  onToggleFlag,
  onCheck,
}: Props) {
  const multiple = question.type === 'multiple';
  const locked = practice && (Boolean(feedback) || awaitingCheck);
  const stemId = `q-${question.position}-stem`;
  const hintId = `q-${question.position}-hint`;
  const chosen = new Set(selected);
  const correct = new Set(feedback?.correctOptionIds ?? []);

  return (
    <section
      aria-labelledby={`q-${question.position}-title`}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3 sm:px-6">
        <div>
          <h2 id={`q-${question.position}-title`} className="text-sm font-semibold text-slate-900">
            Question {number} <span className="font-normal text-slate-500">of {total}</span>
          </h2>
          {question.objective ? <p className="text-xs text-slate-500">{question.objective}</p> : null}
        </div>
        <button
          type="button"
          onClick={onToggleFlag}
          aria-pressed={flagged}
          className={`inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${flagged ? 'bg-amber-50 text-amber-900 ring-amber-300' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
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

      <div className="space-y-5 px-5 py-5 sm:px-6">
        <div id={stemId} className="text-base leading-relaxed text-slate-900">
          <RichText text={question.stem} />
        </div>
        <p id={hintId} className="text-sm font-medium text-slate-600">
          {multiple ? `Choose ${question.choose}.` : 'Choose one.'}
          {multiple ? (
            <span className="ml-2 text-slate-400">
              {selected.length} of {question.choose} chosen
            </span>
          ) : null}
          <span aria-live="polite" className="ml-2 text-amber-800">
            {notice}
          </span>
        </p>

        <fieldset aria-labelledby={stemId} aria-describedby={hintId} className="space-y-2.5">
          {question.options.map((option, i) => {
            const isChosen = chosen.has(option.id);
            const isKey = correct.has(option.id);
            const state = feedback
              ? isKey
                ? 'border-emerald-500 bg-emerald-50'
                : isChosen
                  ? 'border-red-400 bg-red-50'
                  : 'border-slate-200 bg-white opacity-80'
              : isChosen
                ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500'
                : 'border-slate-200 bg-white hover:border-slate-300 hover:bg-slate-50';
            return (
              <label
                key={option.id}
                className={`flex items-start gap-3 rounded-lg border px-4 py-3 transition ${locked ? 'cursor-default' : 'cursor-pointer'} ${state}`}
              >
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`question-${question.position}`}
                  value={option.id}
                  checked={isChosen}
                  disabled={locked}
                  onChange={() => onSelect(option.id)}
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
                />
                <span
                  aria-hidden
                  className={`grid h-6 w-6 shrink-0 place-items-center rounded-md text-xs font-bold ${isChosen ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-600'}`}
                >
                  {optionLetter(i)}
                </span>
                <span className="min-w-0 flex-1 text-sm leading-relaxed text-slate-800">
                  <RichText text={option.text} />
                </span>
                {feedback && isKey ? (
                  <span className="shrink-0 rounded bg-emerald-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                    Correct answer
                  </span>
                ) : null}
                {feedback && isChosen && !isKey ? (
                  <span className="shrink-0 rounded bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                    Your answer
                  </span>
                ) : null}
              </label>
            );
          })}
        </fieldset>

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
              <span className="text-xs text-slate-500">or press Enter</span>
            </div>
          )
        ) : null}
        {!practice && selected.length > 0 ? (
          <button
            type="button"
            onClick={onClear}
            className="text-sm font-medium text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline"
          >
            Clear answer
          </button>
        ) : null}
        {feedback ? (
          <AnswerFeedbackPanel
            correct={feedback.correct}
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
    </section>
  );
}
