'use client';

import { Sheet } from './sheet';

interface Props {
  open: boolean;
  practice: boolean;
  total: number;
  unanswered: number[];
  flagged: number[];
  pendingCount: number;
  submitting: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
  onGo(index: number): void;
}

/**
 * Confirms the submission and lists what is left: unanswered and flagged questions, each a
 * button that closes the dialog and goes there. A sheet (see Sheet): on a phone the two buttons
 * sit at the bottom edge, always in reach while the lists above scroll.
 */
export function SubmitDialog({
  open,
  practice,
  total,
  unanswered,
  flagged,
  pendingCount,
  submitting,
  error,
  onCancel,
  onConfirm,
  onGo,
}: Props) {
  const noun = practice ? 'session' : 'exam';
  const answered = total - unanswered.length;
  return (
    <Sheet
      open={open}
      onClose={() => {
        if (!submitting) onCancel();
      }}
      titleId="submit-title"
      title={practice ? 'Finish this practice session?' : 'Submit your exam?'}
      describedBy="submit-summary"
      footer={
        <div className="space-y-3">
          {error ? (
            <p
              role="alert"
              className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
            >
              {error}
            </p>
          ) : null}
          <div className="grid grid-cols-2 gap-3 sm:flex sm:justify-end">
            <button
              type="button"
              data-autofocus
              onClick={onCancel}
              disabled={submitting}
              className="min-h-11 rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-50"
            >
              Keep working
            </button>
            <button
              type="button"
              onClick={onConfirm}
              disabled={submitting}
              aria-busy={submitting || undefined}
              className="min-h-11 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
            >
              {submitting ? 'Submitting…' : practice ? 'Finish session' : 'Submit exam'}
            </button>
          </div>
        </div>
      }
    >
      <div className="space-y-5">
        <p id="submit-summary" className="text-sm text-slate-700">
          You answered {answered} of {total} questions.{' '}
          {practice
            ? 'Questions you did not answer count as wrong.'
            : 'Once submitted, answers cannot be changed. Unanswered questions count as wrong.'}
        </p>
        <QuestionList
          title="Unanswered"
          empty="Every question has an answer."
          items={unanswered}
          onGo={onGo}
          tone="slate"
        />
        <QuestionList
          title="Flagged for review"
          empty="No question is flagged."
          items={flagged}
          onGo={onGo}
          tone="amber"
        />
        {pendingCount > 0 ? (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {pendingCount === 1 ? '1 change is' : `${pendingCount} changes are`} still being saved; they are
            sent before the {noun} is submitted.
          </p>
        ) : null}
      </div>
    </Sheet>
  );
}

function QuestionList({
  title,
  empty,
  items,
  onGo,
  tone,
}: {
  title: string;
  empty: string;
  items: number[];
  onGo(index: number): void;
  tone: 'slate' | 'amber';
}) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-600">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={title}>
          {items.map((i) => (
            <li key={i}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-label={`Go to question ${i + 1}`}
                className={`h-10 min-w-10 rounded-md px-2 text-sm font-semibold tabular-nums ring-1 ring-inset ${tone === 'amber' ? 'bg-amber-50 text-amber-900 ring-amber-300 hover:bg-amber-100' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
