'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { RichText } from '@/components/attempt/rich-text';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Field, LabelledControl, SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { UnsavedChangesGuard, useFormDirty } from '@/components/ui/unsaved-changes';
import type { Exhibit } from '@/lib/exam/exhibits';
import { saveCaseStudyAction, setQuestionCaseAction } from '@/server/studio/case-study-actions';
import { ExhibitListEditor } from './exhibit-list-editor';
import { INPUT } from './ui';

export interface CaseStudyValues {
  id?: number;
  examId: number;
  title: string;
  scenario: string;
  status: 'draft' | 'published' | 'retired';
  exhibits: Exhibit[];
}

/**
 * Create or edit a case study: title, status, the scenario (markdown) with its preview, and its
 * exhibits in the question editor's list editor, sent as JSON text in one hidden field.
 */
export function CaseStudyForm({ value }: { value: CaseStudyValues }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(saveCaseStudyAction, null);
  const [scenario, setScenario] = useState(value.scenario);
  const [exhibits, setExhibits] = useState(value.exhibits);
  const exhibitsJson = JSON.stringify(exhibits);
  // The hidden field fires no input event: the list is dirty while it differs from what was saved.
  const [savedExhibits, setSavedExhibits] = useState(() => JSON.stringify(value.exhibits));
  const { dirty: fieldsDirty, onInput, recheck } = useFormDirty();
  const dirty = fieldsDirty || exhibitsJson !== savedExhibits;
  const sent = useRef(exhibitsJson);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    setSavedExhibits(sent.current);
    if (!value.id) router.push(`/studio/cases/${state.data.id}?saved=1`);
    else {
      recheck(box.current?.querySelector('form'));
      router.refresh();
    }
  }, [state, value.id, router, recheck]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div ref={box} onInput={onInput}>
      <UnsavedChangesGuard dirty={dirty && !(state?.ok && !value.id)} what="the case study you typed" />
      <ActionForm
        dispatch={(data) => {
          sent.current = exhibitsJson;
          dispatch(data);
        }}
        className="space-y-4"
        aria-label="Case study"
      >
        {value.id ? <input type="hidden" name="caseStudyId" value={value.id} /> : null}
        <input type="hidden" name="examId" value={value.examId} />
        <input type="hidden" name="exhibits" value={exhibitsJson} />
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok && value.id ? <Alert tone="success">Saved.</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field label="Title" name="title" defaultValue={value.title} error={errors.title} />
          <SelectField label="Status" name="status" defaultValue={value.status} error={errors.status}>
            <option value="draft">Draft (not drawn)</option>
            <option value="published">Published</option>
            <option value="retired">Retired (not drawn)</option>
          </SelectField>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <LabelledControl
            id="case-scenario"
            label="Scenario"
            hint="Markdown. Learners open it from each of the case's questions."
            error={errors.scenario}
          >
            {(aria) => (
              <textarea
                name="scenario"
                rows={14}
                // Uncontrolled (the unsaved-changes check compares it with its default); the preview follows it.
                defaultValue={value.scenario}
                onChange={(event) => setScenario(event.target.value)}
                className={`${INPUT} font-mono`}
                {...aria}
              />
            )}
          </LabelledControl>
          <section aria-label="Scenario preview" className="min-w-0">
            <p className="mb-1.5 text-sm font-medium text-slate-700">Preview</p>
            <div className="max-h-96 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 px-4 py-3">
              {scenario.trim() ? (
                <RichText text={scenario} className="text-slate-900" />
              ) : (
                <p className="text-sm text-slate-600">The scenario appears here as learners will see it.</p>
              )}
            </div>
          </section>
        </div>
        <ExhibitListEditor
          exhibits={exhibits}
          errors={errors}
          onChange={setExhibits}
          hint="Shown under the scenario, in the same dialog."
        />
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {value.id ? 'Save case study' : 'Create case study'}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

/**
 * Which case study a question belongs to: a select of the exam's case studies (question page),
 * or a question number to add (case study page) when `caseStudyId` is fixed.
 */
export function QuestionCaseForm({
  questionId,
  caseStudyId,
  choices,
  label = 'Save case study',
}: {
  questionId?: number;
  caseStudyId: number | null;
  choices?: { id: number; title: string; status: string }[];
  label?: string;
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(setQuestionCaseAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm dispatch={dispatch} className="flex flex-wrap items-end gap-3" aria-label={label}>
      {questionId ? <input type="hidden" name="questionId" value={questionId} /> : null}
      {choices ? (
        <div className="min-w-56 flex-1">
          <SelectField label="Case study" name="caseStudyId" defaultValue={caseStudyId ?? ''}>
            <option value="">None (a standalone question)</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
                {c.status === 'published' ? '' : ` (${c.status})`}
              </option>
            ))}
          </SelectField>
        </div>
      ) : (
        <>
          <input type="hidden" name="caseStudyId" value={caseStudyId ?? ''} />
          <div className="w-44">
            <Field label="Question number" name="questionId" inputMode="numeric" error={errors.questionId} />
          </div>
        </>
      )}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        {label}
      </SubmitButton>
      {state?.ok ? (
        <p role="status" className="text-sm text-emerald-700">
          {state.data.changed ? 'Saved.' : 'No change.'}
        </p>
      ) : null}
      <ActionError
        state={state && !state.ok && !errors.questionId ? state : null}
        className="w-full text-sm text-red-700"
      />
    </ActionForm>
  );
}

/** "Remove" beside a case's question: it stays in the bank as a standalone question. */
export function RemoveFromCaseButton({ questionId }: { questionId: number }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(setQuestionCaseAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <ActionForm dispatch={dispatch} aria-label={`Remove question ${questionId} from the case study`}>
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="caseStudyId" value="" />
      <SubmitButton pending={pending} pendingLabel="Removing…" variant="secondary">
        Remove
      </SubmitButton>
      <ActionError state={state} />
    </ActionForm>
  );
}
