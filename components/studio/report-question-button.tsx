'use client';

import { useActionState, useId, useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { REPORT_REASON_LABELS, REPORT_REASON_VALUES } from '@/lib/validation/studio';
import { reportQuestionAction } from '@/server/studio/report-actions';

/**
 * "Report a problem" for learners, to place under a question in practice feedback and in the
 * result review. Opens a small inline form; the reply comes back on /reports.
 */
export function ReportQuestionButton({
  questionId,
  questionVersionId,
}: {
  questionId: number;
  questionVersionId?: number;
}) {
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState(reportQuestionAction, null);
  const id = useId();
  if (state?.ok) {
    return (
      <p role="status" className="text-sm text-emerald-700">
        Thanks — a moderator will look at it. Follow it on{' '}
        <a href="/reports" className="font-medium underline">
          your reports
        </a>
        .
      </p>
    );
  }
  if (!open) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        ⚑ Report a problem
      </Button>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm
      dispatch={dispatch}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Report a problem with this question"
    >
      <input type="hidden" name="questionId" value={questionId} />
      {questionVersionId ? <input type="hidden" name="questionVersionId" value={questionVersionId} /> : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">What is wrong?</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {REPORT_REASON_VALUES.map((reason) => (
            <label key={reason} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="radio"
                name="reason"
                value={reason}
                defaultChecked={reason === 'wrong_answer'}
                autoFocus={reason === 'wrong_answer'}
                className="accent-brand-600"
              />
              {REPORT_REASON_LABELS[reason]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-details`} className="block text-sm font-medium text-slate-800">
          Details <span className="font-normal text-slate-500">(optional unless “Something else”)</span>
        </label>
        <textarea
          id={`${id}-details`}
          name="details"
          rows={3}
          maxLength={2000}
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          aria-invalid={errors.details ? true : undefined}
        />
        {errors.details ? <p className="text-xs font-medium text-red-600">{errors.details}</p> : null}
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send report
        </SubmitButton>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </ActionForm>
  );
}
