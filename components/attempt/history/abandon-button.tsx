'use client';

import { useActionState, useState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { abandonAttemptAction } from '@/server/attempts/actions';

/** Abandon, after a confirmation in place (the attempt stays in the history, unscored). */
export function AbandonButton({ attemptId, label }: { attemptId: string; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, dispatch] = useActionState<ActionResult<{ status: string }> | null, FormData>(
    abandonAttemptAction,
    null,
  );
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Abandon ${label}`}
        className="rounded-lg px-3 py-1.5 text-sm font-semibold text-red-700 ring-1 ring-red-200 ring-inset hover:bg-red-50"
      >
        Abandon
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm abandoning ${label}`}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm text-slate-700">Abandon it? It will not be scored.</span>
      <ActionForm dispatch={dispatch}>
        <input type="hidden" name="attemptId" value={attemptId} />
        <SubmitButton variant="danger" pendingLabel="Abandoning…">
          Yes, abandon
        </SubmitButton>
      </ActionForm>
      <button
        type="button"
        autoFocus
        onClick={() => setConfirming(false)}
        className="rounded-lg px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-100"
      >
        Cancel
      </button>
      <ActionError state={state} className="w-full text-sm text-red-700" />
    </div>
  );
}
