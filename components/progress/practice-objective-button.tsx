'use client';

import { useActionState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { startPracticeAction, type StartState } from '@/server/attempts/actions';

/** Questions per one-click practice session: short enough to fit a coffee break. */
export const OBJECTIVE_PRACTICE_QUESTIONS = 10;

/**
 * One click starts an untimed practice session of this objective (the exam-taking feature's
 * own action, which redirects to the runner). An error (e.g. no questions) is shown inline.
 */
export function PracticeObjectiveButton({
  examSlug,
  objectiveCode,
  objectiveTitle,
  bankSize,
}: {
  examSlug: string;
  objectiveCode: string;
  objectiveTitle: string;
  bankSize: number;
}) {
  const [state, dispatch, pending] = useActionState<StartState, FormData>(startPracticeAction, null);
  if (bankSize === 0) return <span className="text-xs text-slate-500">No questions yet</span>;
  return (
    <ActionForm dispatch={dispatch} aria-label={`Practice ${objectiveTitle}`}>
      <input type="hidden" name="examSlug" value={examSlug} />
      <input type="hidden" name="objectives" value={objectiveCode} />
      <input type="hidden" name="count" value={String(Math.min(OBJECTIVE_PRACTICE_QUESTIONS, bankSize))} />
      <input type="hidden" name="filter" value="all" />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Practice this objective: ${objectiveTitle}`}
        className="rounded-lg bg-white px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-brand-700 ring-1 ring-brand-100 ring-inset hover:bg-brand-50 disabled:cursor-wait disabled:opacity-60"
      >
        {pending ? 'Starting…' : 'Practice this objective'}
      </button>
      <ActionError state={state} className="mt-1 max-w-56 text-xs text-red-700" />
    </ActionForm>
  );
}
