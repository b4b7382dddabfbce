'use client';

import { useActionState, useId, useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { REPORT_DETAILS_MAX, REPORT_REASON_LABELS, REPORT_REASON_VALUES } from '@/lib/validation/studio';
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
  // Controlled, so the count stays true and nothing typed is lost when the server says no.
  const [details, setDetails] = useState('');
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
      <div>
        <p className="text-sm font-semibold text-slate-900">Report a problem with this question</p>
        <p className="text-xs text-slate-600">
          A moderator reads every report and replies on your reports page.
        </p>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <fieldset
        aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        aria-invalid={errors.reason ? true : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">
          What is wrong? <span className="font-normal text-slate-500">(choose one)</span>
        </legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {REPORT_REASON_VALUES.map((reason, index) => (
            // No reason is chosen for the learner: a preselected one would be sent unread.
            <label
              key={reason}
              className="flex min-h-11 items-center gap-3 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-50 sm:min-h-9"
            >
              <input
                type="radio"
                name="reason"
                value={reason}
                required
                autoFocus={index === 0}
                className="h-4 w-4 accent-brand-600"
              />
              {REPORT_REASON_LABELS[reason]}
            </label>
          ))}
        </div>
        {errors.reason ? (
          <p id={`${id}-reason-error`} className="mt-1 text-xs font-medium text-red-600">
            {errors.reason}
          </p>
        ) : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-details`} className="block text-sm font-medium text-slate-800">
          Details <span className="font-normal text-slate-500">(optional unless “Something else”)</span>
        </label>
        <textarea
          id={`${id}-details`}
          name="details"
          rows={3}
          maxLength={REPORT_DETAILS_MAX}
          value={details}
          onChange={(e) => setDetails(e.target.value)}
          placeholder="Which option, what the docs say, a link…"
          className={`block w-full rounded-lg border px-3 py-2 text-sm focus:ring-2 focus:ring-brand-500 focus:outline-none ${errors.details ? 'border-red-500' : 'border-slate-300'}`}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={`${id}-details-count${errors.details ? ` ${id}-details-error` : ''}`}
        />
        <div className="flex justify-between gap-3 text-xs">
          {errors.details ? (
            <p id={`${id}-details-error`} className="font-medium text-red-600">
              {errors.details}
            </p>
          ) : (
            <span />
          )}
          <p id={`${id}-details-count`} className="text-slate-500 tabular-nums">
            {details.length.toLocaleString('en')} / {REPORT_DETAILS_MAX.toLocaleString('en')}
          </p>
        </div>
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
