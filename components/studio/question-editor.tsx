'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { Explanation, References } from '@/components/question/explanation';
import { QuestionMarkdown } from '@/components/question/markdown';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { questionContentSchema, studioFieldErrors, type QuestionContentInput } from '@/lib/validation/studio';
import { saveQuestionAction } from '@/server/studio/actions';
import { OptionListEditor, type EditableOption } from './option-list-editor';
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
 * The question editor: everything typed lives in client state (never lost on an error), the zod
 * schema shared with the server action checks it first, and the preview renders the same
 * QuestionMarkdown component learners see.
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
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [state, dispatch, pending] = useActionState(saveQuestionAction, null);
  const used = useRef(new Set([...usedOptionIds, ...initial.options.map((o) => o.id)]));
  const newId = () => {
    const id = [...LETTERS].find((l) => !used.current.has(l)) ?? `o${used.current.size + 1}`;
    used.current.add(id);
    return id;
  };
  useEffect(() => {
    if (!state?.ok) return;
    // An edit that wrote a version is redirected by the action itself (see saveQuestionAction).
    if (!questionId) router.push(`/studio/questions/${state.data.id}?saved=1`);
  }, [state, questionId, router]);

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = { ...serverErrors, ...clientErrors };
  const set = <K extends keyof QuestionContentInput>(key: K, value: QuestionContentInput[K]) =>
    setContent((c) => ({ ...c, [key]: value }));
  const payload = useMemo(
    () => JSON.stringify({ questionId, examId, baseVersion, content }),
    [questionId, examId, baseVersion, content],
  );

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ActionForm
        dispatch={(data) => {
          const check = questionContentSchema.safeParse(content);
          if (!check.success) {
            setClientErrors(studioFieldErrors(check.error));
            return;
          }
          setClientErrors({});
          dispatch(data);
        }}
        className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
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

        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1 sm:col-span-3">
            <label htmlFor="q-objective" className="block text-sm font-medium text-slate-800">
              Objective
            </label>
            <select
              id="q-objective"
              value={content.objectiveId}
              onChange={(e) => set('objectiveId', Number(e.target.value))}
              className={INPUT}
              aria-invalid={errors.objectiveId ? true : undefined}
            >
              <option value={0}>Choose an objective…</option>
              {objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.code} — {o.title}
                </option>
              ))}
            </select>
            {errors.objectiveId ? (
              <p className="text-xs font-medium text-red-600">{errors.objectiveId}</p>
            ) : null}
          </div>
          <div className="space-y-1">
            <label htmlFor="q-type" className="block text-sm font-medium text-slate-800">
              Response
            </label>
            <select
              id="q-type"
              value={content.type}
              onChange={(e) => {
                const type = e.target.value === 'multiple' ? 'multiple' : 'single';
                setContent((c) => ({ ...c, type }));
              }}
              className={INPUT}
            >
              <option value="single">Single (one correct)</option>
              <option value="multiple">Multiple (several correct)</option>
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="q-difficulty" className="block text-sm font-medium text-slate-800">
              Difficulty
            </label>
            <select
              id="q-difficulty"
              value={content.difficulty}
              onChange={(e) => set('difficulty', Number(e.target.value))}
              className={INPUT}
            >
              <option value={1}>Easy</option>
              <option value={2}>Medium</option>
              <option value={3}>Hard</option>
            </select>
          </div>
        </div>

        <div className="space-y-1">
          <label htmlFor="q-stem" className="block text-sm font-medium text-slate-800">
            Question (markdown)
          </label>
          <textarea
            id="q-stem"
            rows={6}
            value={content.stem}
            onChange={(e) => set('stem', e.target.value)}
            className={`${INPUT} font-mono ${errors.stem ? 'border-red-500' : ''}`}
            aria-invalid={errors.stem ? true : undefined}
            aria-describedby={errors.stem ? 'q-stem-error' : 'q-stem-hint'}
          />
          <p id="q-stem-hint" className="text-xs text-slate-500">
            Markdown: **bold**, `code`, fenced code blocks, tables, images by https URL.
          </p>
          {errors.stem ? (
            <p id="q-stem-error" className="text-xs font-medium text-red-600">
              {errors.stem}
            </p>
          ) : null}
        </div>

        <OptionListEditor
          options={content.options}
          type={content.type}
          errors={errors}
          onChange={(options: EditableOption[]) => set('options', options)}
          newId={newId}
        />

        <div className="space-y-1">
          <label htmlFor="q-explanation" className="block text-sm font-medium text-slate-800">
            Explanation (markdown)
          </label>
          <textarea
            id="q-explanation"
            rows={4}
            value={content.explanation}
            onChange={(e) => set('explanation', e.target.value)}
            className={`${INPUT} font-mono`}
          />
          {errors.explanation ? (
            <p className="text-xs font-medium text-red-600">{errors.explanation}</p>
          ) : null}
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">References</legend>
          {content.references.map((ref, index) => (
            <div key={index} className="flex flex-wrap items-start gap-2">
              <div className="min-w-40 flex-1">
                <label className="sr-only" htmlFor={`ref-title-${index}`}>
                  Reference {index + 1} title
                </label>
                <input
                  id={`ref-title-${index}`}
                  placeholder="Title"
                  value={ref.title}
                  onChange={(e) =>
                    set(
                      'references',
                      content.references.map((r, i) => (i === index ? { ...r, title: e.target.value } : r)),
                    )
                  }
                  className={INPUT}
                />
                {errors[`references.${index}.title`] ? (
                  <p className="text-xs font-medium text-red-600">{errors[`references.${index}.title`]}</p>
                ) : null}
              </div>
              <div className="min-w-56 flex-[2]">
                <label className="sr-only" htmlFor={`ref-url-${index}`}>
                  Reference {index + 1} URL
                </label>
                <input
                  id={`ref-url-${index}`}
                  placeholder="https://…"
                  value={ref.url}
                  onChange={(e) =>
                    set(
                      'references',
                      content.references.map((r, i) => (i === index ? { ...r, url: e.target.value } : r)),
                    )
                  }
                  className={INPUT}
                />
                {errors[`references.${index}.url`] ? (
                  <p className="text-xs font-medium text-red-600">{errors[`references.${index}.url`]}</p>
                ) : null}
              </div>
              <Button
                size="sm"
                variant="ghost"
                onClick={() =>
                  set(
                    'references',
                    content.references.filter((_, i) => i !== index),
                  )
                }
                aria-label={`Remove reference ${index + 1}`}
              >
                ✕
              </Button>
            </div>
          ))}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => set('references', [...content.references, { title: '', url: '' }])}
          >
            + Add reference
          </Button>
        </fieldset>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            {questionId ? 'Save new version' : 'Create question'}
          </SubmitButton>
          {!questionId ? (
            <p className="text-xs text-slate-500">
              New questions are active at once; retire them from the editor if needed.
            </p>
          ) : null}
        </div>
      </ActionForm>

      <section
        aria-label="Preview"
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-4 lg:self-start"
      >
        <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
          Preview (as learners see it)
        </h2>
        <div className="text-slate-900">
          {content.stem.trim() ? (
            <QuestionMarkdown source={content.stem} />
          ) : (
            <p className="text-sm text-slate-400 italic">The question appears here as you type.</p>
          )}
        </div>
        <p className="text-xs text-slate-500">
          {content.type === 'multiple' ? 'Choose all that apply.' : 'Choose one.'}
        </p>
        <ul className="space-y-2">
          {content.options.map((option, index) => (
            <li
              key={option.id}
              className={`flex gap-3 rounded-lg border px-3 py-2 ${option.correct ? 'border-emerald-300 bg-emerald-50' : 'border-slate-200'}`}
            >
              <span className="font-semibold text-slate-500">{String.fromCharCode(65 + index)}.</span>
              <div className="flex-1">
                {option.text.trim() ? (
                  <QuestionMarkdown source={option.text} />
                ) : (
                  <span className="text-sm text-slate-400 italic">Empty option</span>
                )}
              </div>
              {option.correct ? (
                <span className="text-xs font-semibold text-emerald-700">Correct</span>
              ) : null}
            </li>
          ))}
        </ul>
        <Explanation
          text={content.explanation.trim() ? content.explanation : null}
          className="rounded-lg bg-slate-50 px-4 py-3"
        />
        <References references={content.references.filter((r) => r.url.trim())} />
      </section>
    </div>
  );
}
