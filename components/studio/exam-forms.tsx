'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { ConfirmSubmitButton } from '@/components/ui/confirm-dialog';
import { Field, LabelledControl } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { UnsavedChangesGuard, useFormDirty } from '@/components/ui/unsaved-changes';
import {
  createExamAction,
  saveObjectiveAction,
  setExamStatusAction,
  updateExamAction,
} from '@/server/studio/actions';
import { INPUT } from './ui';
import type { ExamFacts } from '@/lib/exam/exam-facts';

export interface ExamValues extends ExamFacts {
  id?: number;
}

export function ExamForm({ exam }: { exam?: ExamValues }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(exam?.id ? updateExamAction : createExamAction, null);
  const { dirty, onInput, recheck } = useFormDirty();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state?.ok) return;
    if (!exam?.id) router.push(`/studio/exams/${state.data.id}`);
    else router.refresh();
  }, [state, exam?.id, router]);
  // After a save the refreshed defaults match what was typed: compare again.
  useEffect(() => {
    if (state?.ok) recheck(exam?.id ? box.current?.querySelector('form') : null);
  }, [state, exam, recheck]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div ref={box} onInput={onInput}>
      <UnsavedChangesGuard dirty={dirty} what="the exam details you typed" />
      <ActionForm dispatch={dispatch} className="space-y-4" aria-label="Exam details">
        {exam?.id ? <input type="hidden" name="examId" value={exam.id} /> : null}
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok && exam?.id ? <Alert tone="success">Saved.</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Code"
            name="code"
            defaultValue={exam?.code}
            error={errors.code}
            placeholder="SAA-C03"
          />
          <div className="sm:col-span-2">
            <Field label="Title" name="title" defaultValue={exam?.title} error={errors.title} />
          </div>
          <Field label="Vendor" name="vendor" defaultValue={exam?.vendor} error={errors.vendor} />
          {!exam?.id ? (
            <Field
              label="Slug (optional)"
              name="slug"
              error={errors.slug}
              hint="URL name; made from code and title if empty."
            />
          ) : null}
        </div>
        <LabelledControl id="exam-description" label="Description" error={errors.description}>
          {(aria) => (
            <textarea
              name="description"
              rows={3}
              defaultValue={exam?.description}
              className={INPUT}
              {...aria}
            />
          )}
        </LabelledControl>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Duration (minutes)"
            name="durationMinutes"
            type="number"
            min={1}
            defaultValue={exam?.durationMinutes ?? 90}
            error={errors.durationMinutes}
          />
          <Field
            label="Questions per mock exam"
            name="questionCount"
            type="number"
            min={1}
            defaultValue={exam?.questionCount ?? 65}
            error={errors.questionCount}
          />
          <Field
            label="Passing score (%)"
            name="passingScore"
            type="number"
            min={1}
            max={100}
            defaultValue={exam?.passingScore ?? 70}
            error={errors.passingScore}
          />
        </div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {exam?.id ? 'Save exam' : 'Create draft exam'}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}

export function PublishForm({
  examId,
  status,
  weightSum,
}: {
  examId: number;
  status: 'draft' | 'published';
  weightSum: number;
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(setExamStatusAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <ActionForm dispatch={dispatch} className="space-y-2" aria-label="Publishing">
      <input type="hidden" name="examId" value={examId} />
      <input type="hidden" name="status" value={status === 'published' ? 'draft' : 'published'} />
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {status === 'published' ? (
        <ConfirmSubmitButton
          variant="secondary"
          pending={pending}
          pendingLabel="Saving…"
          title="Unpublish this exam?"
          confirmLabel="Unpublish"
          description={
            <>
              <p>
                It leaves the catalog at once: learners can no longer start it, and its questions leave their
                daily reviews. Past results stay readable.
              </p>
              <p>You can publish it again at any time.</p>
            </>
          }
        >
          Unpublish (back to draft)
        </ConfirmSubmitButton>
      ) : (
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Publish exam
        </SubmitButton>
      )}
      {status === 'draft' ? (
        <p className="text-xs text-slate-500">
          Drafts are invisible to learners. Publishing needs objective weights summing to 100 (now {weightSum}
          ).
        </p>
      ) : null}
    </ActionForm>
  );
}

export function ObjectiveRowForm({
  examId,
  objective,
}: {
  examId: number;
  objective?: { id: number; code: string; title: string; weight: number; questions: number };
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(saveObjectiveAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const { dirty, onInput, recheck } = useFormDirty();
  const box = useRef<HTMLDivElement>(null);
  // Saved rows are remounted (keyed by their values); the "add" row is cleared on success.
  useEffect(() => {
    if (!state?.ok) return;
    const form = box.current?.querySelector('form');
    if (!objective) form?.reset();
    recheck(form);
  }, [state, objective, recheck]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const key = objective ? `obj-${objective.id}` : 'obj-new';
  return (
    <div ref={box} onInput={onInput}>
      <UnsavedChangesGuard dirty={dirty} what="the objective you typed" />
      <ActionForm
        dispatch={dispatch}
        className="grid items-start gap-2 sm:grid-cols-[6rem_1fr_6rem_auto]"
        aria-label={objective ? `Objective ${objective.code}` : 'New objective'}
      >
        <input type="hidden" name="examId" value={examId} />
        {objective ? <input type="hidden" name="objectiveId" value={objective.id} /> : null}
        <div>
          <label htmlFor={`${key}-code`} className="sr-only">
            Code
          </label>
          <input
            id={`${key}-code`}
            name="code"
            defaultValue={objective?.code}
            placeholder="Code"
            className={INPUT}
            aria-invalid={errors.code ? true : undefined}
          />
          {errors.code ? <p className="text-xs text-red-600">{errors.code}</p> : null}
        </div>
        <div>
          <label htmlFor={`${key}-title`} className="sr-only">
            Title
          </label>
          <input
            id={`${key}-title`}
            name="title"
            defaultValue={objective?.title}
            placeholder="Objective title"
            className={INPUT}
            aria-invalid={errors.title ? true : undefined}
          />
          {errors.title ? <p className="text-xs text-red-600">{errors.title}</p> : null}
        </div>
        <div>
          <label htmlFor={`${key}-weight`} className="sr-only">
            Weight (%)
          </label>
          <input
            id={`${key}-weight`}
            name="weight"
            type="number"
            min={1}
            max={100}
            defaultValue={objective?.weight}
            placeholder="%"
            className={INPUT}
            aria-invalid={errors.weight ? true : undefined}
          />
          {errors.weight ? <p className="text-xs text-red-600">{errors.weight}</p> : null}
        </div>
        <div className="flex gap-2">
          <SubmitButton pending={pending} variant="secondary" pendingLabel="…">
            {objective ? 'Save' : 'Add'}
          </SubmitButton>
          {objective ? (
            <ConfirmSubmitButton
              variant="danger-outline"
              name="intent"
              value="delete"
              pending={pending}
              pendingLabel="…"
              disabled={objective.questions > 0}
              ariaLabel={`Delete objective ${objective.code}`}
              title={`Delete objective ${objective.code}?`}
              confirmLabel="Delete objective"
              description={
                <p>
                  “{objective.title}” ({objective.weight}%) is removed from this exam. It has no questions;
                  the other weights stay as they are, so check that they still sum to 100.
                </p>
              }
            >
              Delete
            </ConfirmSubmitButton>
          ) : null}
        </div>
        <ActionError state={state} className="text-sm text-red-600 sm:col-span-4" />
      </ActionForm>
    </div>
  );
}
