'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { LabelledControl } from '@/components/ui/field';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes';
import { questionContentSchema, studioFieldErrors, type QuestionContentInput } from '@/lib/validation/studio';
import { saveQuestionAction } from '@/server/studio/actions';
import { ExhibitListEditor } from './exhibit-list-editor';
import { KindListEditor, starterOptions } from './kind-list-editor';
import { OptionListEditor } from './option-list-editor';
import { QuestionMetaFields } from './question-meta-fields';
import { QuestionPreview } from './question-preview';
import { ReferenceListEditor } from './reference-list-editor';
import { INPUT } from './ui';

interface Props {
  examId: number;
  objectives: { id: number; code: string; title: string }[];
  questionId?: number;
  baseVersion?: number;
  initial: QuestionContentInput;
  usedOptionIds: string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The question editor: everything typed lives in client state (never lost on an error, and
 * guarded against leaving the page while unsaved), the zod schema shared with the server action
 * checks it first, and the preview renders the same QuestionMarkdown component learners see.
 */
export function QuestionEditor({
  examId,
  objectives,
  questionId,
  baseVersion,
  initial,
  usedOptionIds,
}: Props) {
  const router = useRouter();
  const [content, setContent] = useState<QuestionContentInput>(initial);
  // What the server holds: the editor is dirty while the content differs from it.
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [state, dispatch, pending] = useActionState(saveQuestionAction, null);
  const used = useRef(new Set([...usedOptionIds, ...initial.options.map((o) => o.id)]));
  // The choice options typed before switching a new question to matching/ordering, kept to come back to.
  const choiceOptions = useRef<QuestionContentInput['options'] | null>(null);
  const newId = () => {
    const id = [...LETTERS].find((l) => !used.current.has(l)) ?? `o${used.current.size + 1}`;
    used.current.add(id);
    return id;
  };
  const payload = useMemo(
    () => JSON.stringify({ questionId, examId, baseVersion, content }),
    [questionId, examId, baseVersion, content],
  );
  const submitted = useRef('');
  useEffect(() => {
    if (!state?.ok) return;
    // What was sent is on the server now (an unchanged save too): no prompt for it.
    setSaved(submitted.current);
    // An edit that wrote a version is redirected by the action itself (see saveQuestionAction).
    if (!questionId) router.push(`/studio/questions/${state.data.id}?saved=1`);
  }, [state, questionId, router]);

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof QuestionContentInput>(key: K, value: QuestionContentInput[K]) =>
    setContent((c) => ({ ...c, [key]: value }));
  const dirty = JSON.stringify(content) !== saved;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <UnsavedChangesGuard dirty={dirty} what="your edits to this question" />
      <ActionForm
        dispatch={(data) => {
          const check = questionContentSchema.safeParse(content);
          if (!check.success) {
            setClientErrors(studioFieldErrors(check.error));
            return;
          }
          setClientErrors({});
          submitted.current = JSON.stringify(content);
          dispatch(data);
        }}
        className="min-w-0 space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        aria-label="Question editor"
      >
        <input type="hidden" name="payload" value={payload} />
        {Object.keys(clientErrors).length > 0 ? (
          <Alert tone="error">Check the highlighted fields.</Alert>
        ) : null}
        {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
        {state?.ok && questionId && state.data.unchanged ? (
          <Alert tone="success">Nothing changed: no new version was written.</Alert>
        ) : null}

        <QuestionMetaFields
          value={content}
          objectives={objectives}
          error={errors.objectiveId}
          kindLocked={questionId !== undefined}
          onChange={(patch) => setContent((c) => ({ ...c, ...patch }))}
          onKind={(kind) =>
            setContent((c) => {
              if (kind === 'single' || kind === 'multiple') {
                // Back to a choice question: the choice options come back (typed text kept).
                const options = c.kind === 'choice' ? c.options : (choiceOptions.current ?? initial.options);
                return { ...c, kind: 'choice', type: kind, options };
              }
              if (c.kind === kind) return c;
              if (c.kind === 'choice') choiceOptions.current = c.options;
              return { ...c, kind, type: 'single', options: starterOptions(kind, newId) };
            })
          }
        />
        <MarkdownField
          id="q-stem"
          label="Question (markdown)"
          rows={6}
          value={content.stem}
          error={errors.stem}
          hint="Markdown: **bold**, `code`, fenced code blocks, tables, images by https URL."
          onChange={(stem) => set('stem', stem)}
        />
        <ExhibitListEditor
          exhibits={content.exhibits}
          errors={errors}
          onChange={(exhibits) => set('exhibits', exhibits)}
        />
        {content.kind === 'choice' ? (
          <OptionListEditor
            options={content.options}
            type={content.type}
            errors={errors}
            onChange={(options) => set('options', options)}
            newId={newId}
          />
        ) : (
          <KindListEditor
            content={content}
            error={errors.options}
            newId={newId}
            onChange={(patch) => setContent((c) => ({ ...c, ...patch }))}
          />
        )}
        <MarkdownField
          id="q-explanation"
          label="Explanation (markdown)"
          rows={4}
          value={content.explanation}
          error={errors.explanation}
          onChange={(explanation) => set('explanation', explanation)}
        />
        <ReferenceListEditor
          references={content.references}
          errors={errors}
          onChange={(references) => set('references', references)}
        />

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {questionId ? 'Save new version' : 'Create question'}
          </SubmitButton>
          {dirty ? (
            <p className="text-xs font-medium text-amber-800" role="status">
              Unsaved changes
            </p>
          ) : null}
          {!questionId ? (
            <p className="text-xs text-slate-500">
              New questions are active at once; retire them from the editor if needed.
            </p>
          ) : null}
        </div>
      </ActionForm>
      <QuestionPreview content={content} />
    </div>
  );
}

function MarkdownField({
  id,
  label,
  rows,
  value,
  error,
  hint,
  onChange,
}: {
  id: string;
  label: string;
  rows: number;
  value: string;
  error?: string;
  hint?: string;
  onChange: (value: string) => void;
}) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`${INPUT} font-mono ${error ? 'border-red-500' : ''}`}
          {...aria}
        />
      )}
    </LabelledControl>
  );
}
