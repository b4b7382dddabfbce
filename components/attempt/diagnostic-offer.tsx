'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { pluralize } from '@/lib/format';
import type { StartState } from '@/server/attempts/actions';
import { startDiagnosticAction } from '@/server/attempts/diagnostic-actions';

export interface DiagnosticOfferProps {
  examSlug: string;
  questions: number;
  objectives: number;
  minutes: number;
  /** No attempt of this exam yet: the call to action leads the page. */
  firstVisit: boolean;
  taken: boolean;
}

function StartForm({
  examSlug,
  label,
  variant,
}: {
  examSlug: string;
  label: string;
  variant: 'primary' | 'secondary';
}) {
  const [state, dispatch] = useActionState<StartState, FormData>(startDiagnosticAction, null);
  return (
    <div className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <ActionForm dispatch={dispatch} aria-label="Start the diagnostic test">
        <input type="hidden" name="examSlug" value={examSlug} />
        <SubmitButton pendingLabel="Starting…" variant={variant}>
          {label}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

/**
 * The diagnostic test (lib/exam/diagnostic.ts): the lead of the exam page on a first visit,
 * a quiet option afterwards.
 */
export function DiagnosticOffer(props: DiagnosticOfferProps) {
  const { examSlug, questions, objectives, minutes, firstVisit, taken } = props;
  if (questions === 0) return null;
  const from =
    objectives === 1
      ? 'its one objective'
      : objectives === 2
        ? 'both objectives'
        : `each of the ${objectives} objectives`;
  const what = `${pluralize(questions, 'question')} from ${from}, ${minutes} minutes, answers shown as you go`;
  if (firstVisit)
    return (
      <section
        aria-labelledby="diagnostic-heading"
        className="rounded-xl border border-brand-100 bg-brand-50 p-5 shadow-sm ring-1 ring-brand-100 sm:p-6"
      >
        <p className="text-sm font-semibold text-brand-700">New to this exam?</p>
        <h2 id="diagnostic-heading" className="mt-1 text-xl font-bold tracking-tight text-slate-900">
          Take a {minutes}-minute diagnostic
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-slate-700">
          See where you stand before you start: {what}. Your result fills in your mastery of each objective
          and your readiness, and the questions you miss come back in your reviews.
        </p>
        <div className="mt-4">
          <StartForm examSlug={examSlug} label={`Take the ${minutes}-minute diagnostic`} variant="primary" />
        </div>
      </section>
    );
  return (
    <section
      aria-labelledby="diagnostic-heading"
      className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="max-w-2xl min-w-0">
        <h2 id="diagnostic-heading" className="text-lg font-semibold text-slate-900">
          Diagnostic test
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {what}.{' '}
          {taken ? 'Take it again to see how far you have come.' : 'A quick measure of every objective.'}
        </p>
      </div>
      <StartForm
        examSlug={examSlug}
        label={taken ? 'Take the diagnostic again' : 'Take the diagnostic'}
        variant="secondary"
      />
    </section>
  );
}
