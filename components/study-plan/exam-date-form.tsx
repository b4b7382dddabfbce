'use client';

import { useActionState, useState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useBrowserTimeZone } from '@/components/progress/use-browser-time-zone';
import { clearExamDateAction, setExamDateAction } from '@/server/study-plan/actions';

type SaveResult = Awaited<ReturnType<typeof setExamDateAction>>;
type ClearResult = Awaited<ReturnType<typeof clearExamDateAction>>;

/**
 * "When is your exam?" on an exam page. The date is the learner's local calendar date; the
 * browser's time zone is left in a cookie (useBrowserTimeZone) so the server knows their today.
 */
export function ExamDateForm({ examSlug, examDate }: { examSlug: string; examDate: string | null }) {
  useBrowserTimeZone();
  const [current, setCurrent] = useState(examDate);
  const [editing, setEditing] = useState(false);
  // The saved date is what the server answered; a refused one keeps the form and what was typed.
  const [saved, save, saving] = useActionState(async (previous: SaveResult | null, data: FormData) => {
    const result = await setExamDateAction(previous, data);
    if (result.ok) {
      setCurrent(result.data.examDate);
      setEditing(false);
    }
    return result;
  }, null);
  const [cleared, clear, clearing] = useActionState(async (previous: ClearResult | null, data: FormData) => {
    const result = await clearExamDateAction(previous, data);
    if (result.ok) setCurrent(null);
    return result;
  }, null);

  if (current && !editing) {
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <p>
          Your exam date: <strong className="font-semibold text-slate-900">{current}</strong>.{' '}
          <a href="/dashboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Today’s plan is on your dashboard
          </a>
          .
        </p>
        <button
          type="button"
          onClick={() => setEditing(true)}
          className="font-medium text-brand-700 hover:underline"
        >
          Change date
        </button>
        <ActionForm dispatch={clear} aria-label="Remove the exam date">
          <input type="hidden" name="examSlug" value={examSlug} />
          <button type="submit" disabled={clearing} className="font-medium text-slate-700 hover:underline">
            {clearing ? 'Removing…' : 'Remove date'}
          </button>
        </ActionForm>
        <ActionError state={cleared} />
      </div>
    );
  }
  const error = saved && !saved.ok ? saved : null;
  return (
    <ActionForm dispatch={save} aria-label="Set your exam date" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="examSlug" value={examSlug} />
      <div className="w-48">
        <Field
          label="When is your exam?"
          name="examDate"
          type="date"
          required
          defaultValue={current ?? ''}
          error={error?.fieldErrors?.examDate}
          id={`exam-date-${examSlug}`}
        />
      </div>
      <SubmitButton pending={saving} pendingLabel="Saving…">
        {current ? 'Save date' : 'Plan to this date'}
      </SubmitButton>
      {current ? (
        <button
          type="button"
          onClick={() => setEditing(false)}
          className="py-2 text-sm font-medium text-slate-700 hover:underline"
        >
          Cancel
        </button>
      ) : null}
      {error && !error.fieldErrors?.examDate ? <ActionError state={error} /> : null}
    </ActionForm>
  );
}
