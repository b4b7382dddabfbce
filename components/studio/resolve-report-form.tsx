'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useId } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { reportReasonLabel } from '@/lib/validation/studio';
import { resolveReportAction } from '@/server/studio/actions';
import { INPUT } from './ui';

export interface ReportForForm {
  id: number;
  reason: string;
  details: string;
  reporter?: string;
  questionVersion: number | null;
  createdLabel: string;
}

/** A report with the reply box: resolve or dismiss (two submit buttons, one form). */
export function ResolveReportForm({ report }: { report: ReportForForm }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(resolveReportAction, null);
  const id = useId();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const reason = reportReasonLabel(report.reason);
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <span className="font-semibold text-slate-900">{reason}</span>
        <span className="text-slate-500">
          {' '}
          · {report.reporter ?? 'learner'} · {report.createdLabel}
          {report.questionVersion ? ` · seen on version ${report.questionVersion}` : ''}
        </span>
      </p>
      {report.details ? (
        <p className="text-sm whitespace-pre-wrap text-slate-700">“{report.details}”</p>
      ) : null}
      <ActionForm dispatch={dispatch} className="space-y-2" aria-label={`Answer report ${report.id}`}>
        <input type="hidden" name="reportId" value={report.id} />
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        <label htmlFor={`${id}-reply`} className="block text-sm font-medium text-slate-800">
          Reply to the learner
        </label>
        <textarea
          id={`${id}-reply`}
          name="reply"
          rows={2}
          className={INPUT}
          aria-invalid={state && !state.ok && state.fieldErrors?.reply ? true : undefined}
        />
        {state && !state.ok && state.fieldErrors?.reply ? (
          <p className="text-xs font-medium text-red-600">{state.fieldErrors.reply}</p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <DecisionButton value="resolved" pending={pending} label="Resolve" />
          <DecisionButton value="dismissed" pending={pending} label="Dismiss" secondary />
        </div>
      </ActionForm>
    </div>
  );
}

function DecisionButton({
  value,
  label,
  pending,
  secondary,
}: {
  value: string;
  label: string;
  pending: boolean;
  secondary?: boolean;
}) {
  // The clicked button's name/value is part of the FormData (ActionForm reads the submitter's form).
  return (
    <button
      type="submit"
      name="decision"
      value={value}
      disabled={pending}
      onClick={(e) => {
        const form = e.currentTarget.form;
        const hidden = form?.querySelector<HTMLInputElement>('input[name="decision"][type="hidden"]');
        if (hidden) hidden.value = value;
        else if (form) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = 'decision';
          input.value = value;
          form.appendChild(input);
        }
      }}
      className={`inline-flex items-center justify-center rounded-lg px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60 ${secondary ? 'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50' : 'bg-brand-600 text-white hover:bg-brand-700'}`}
    >
      {label}
    </button>
  );
}
