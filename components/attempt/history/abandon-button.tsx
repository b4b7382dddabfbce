'use client';

import { useActionState, useState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import type { ActionResult } from '@/lib/action-result';
import { abandonAttemptAction, endMockExamAction } from '@/server/attempts/actions';
import { CloseAttemptForm } from '../close-attempt-form';

const WORDS = {
  abandon: {
    verb: 'Abandon',
    question: 'Abandon it? It will not be scored.',
    yes: 'Yes, abandon',
    pending: 'Abandoning…',
  },
  end: {
    verb: 'End',
    question: 'End it now? It is scored as it is; unanswered questions count as wrong.',
    yes: 'Yes, end and score',
    pending: 'Ending…',
  },
} as const;

/**
 * Closes an open attempt after a confirmation in place. A practice session is abandoned (it
 * stays in the history, unscored); a mock exam is ended and scored as it is, like ending a real
 * exam early (so a bad mock cannot be thrown away), and its result opens.
 */
export function AbandonButton({
  attemptId,
  label,
  mock,
}: {
  attemptId: string;
  label: string;
  mock: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const [state, dispatch] = useActionState<ActionResult<unknown> | null, FormData>(
    mock ? endMockExamAction : abandonAttemptAction,
    null,
  );
  const words = WORDS[mock ? 'end' : 'abandon'];
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`${words.verb} ${label}`}
        className="rounded-lg px-3 py-1.5 text-sm font-semibold text-red-700 ring-1 ring-red-200 ring-inset hover:bg-red-50"
      >
        {words.verb}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm: ${words.verb.toLowerCase()} ${label}`}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm text-slate-700">{words.question}</span>
      <CloseAttemptForm
        attemptId={attemptId}
        dispatch={dispatch}
        confirmLabel={words.yes}
        pendingLabel={words.pending}
        cancelLabel="Cancel"
        onCancel={() => setConfirming(false)}
      />
      <ActionError state={state} className="w-full text-sm text-red-700" />
    </div>
  );
}
