'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes';
import { createNdjsonParser, type GenerationEvent } from '@/lib/ai/generation-events';
import { MAX_GENERATED_QUESTIONS, MAX_GUIDANCE_LENGTH } from '@/lib/validation/ai-generation';
import { GenerationResults, type GenerationView } from './generation-results';
import { INPUT } from './ui';

interface ExamOption {
  id: number;
  title: string;
  objectives: { id: number; code: string; title: string }[];
}

interface Props {
  exams: ExamOption[];
  model: string;
  budget: { used: number; budget: number; renewsAt: number };
}

type Problem = { error: string; fieldErrors: Record<string, string> };

const LABEL = 'block text-sm font-medium text-slate-800';

/** Reads the route's refusal ({ ok: false, error, fieldErrors }) or says what happened plainly. */
async function problemOf(response: Response): Promise<Problem> {
  const body = (await response.json().catch(() => null)) as {
    error?: string;
    fieldErrors?: Record<string, string>;
  } | null;
  return {
    error: body?.error ?? `The server answered ${response.status}. Nothing was generated.`,
    fieldErrors: body?.fieldErrors ?? {},
  };
}

/**
 * The moderator's request and the live results. The request goes to POST /api/studio/generate,
 * whose NDJSON events are shown as they arrive. The form keeps everything typed (a refusal or a
 * failure never clears it); Stop ends the call, drafts stored so far stay.
 */
export function GenerateForm({ exams, model, budget }: Props) {
  const [examId, setExamId] = useState(exams[0]!.id);
  const exam = exams.find((e) => e.id === examId) ?? exams[0]!;
  const [guidance, setGuidance] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [view, setView] = useState<GenerationView | null>(null);
  const stopper = useRef<AbortController | null>(null);
  const running = view?.running ?? false;

  const onEvent = (event: GenerationEvent) =>
    setView((current) => {
      const v = current ?? { requested: 0, items: [], end: null, running: true };
      if (event.type === 'started') return { ...v, requested: event.requested };
      if (event.type === 'draft' || event.type === 'dropped') return { ...v, items: [...v.items, event] };
      return { ...v, end: event };
    });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const controller = new AbortController();
    stopper.current = controller;
    setProblem(null);
    setView({ requested: Number(data.count) || 0, items: [], end: null, running: true });
    try {
      const response = await fetch('/api/studio/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        setProblem(await problemOf(response));
        setView(null);
        return;
      }
      const parser = createNdjsonParser(onEvent);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.push(value);
      }
      parser.end();
    } catch {
      const stopped = controller.signal.aborted;
      setView((v) =>
        v && !v.end
          ? {
              ...v,
              end: {
                type: 'failed',
                message: stopped
                  ? 'Stopped. The drafts listed above were stored and are kept for review.'
                  : 'The connection to the server was lost. The drafts listed above were stored; check the question list for any others.',
                created: v.items.filter((i) => i.type === 'draft').length,
                dropped: v.items.filter((i) => i.type === 'dropped').length,
              },
            }
          : v,
      );
    } finally {
      stopper.current = null;
      setView((v) => (v ? { ...v, running: false } : v));
    }
  }

  const renews = new Date(budget.renewsAt).toLocaleDateString('en', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (
    <div className="space-y-6">
      <UnsavedChangesGuard dirty={running} what="the rest of this generation" />
      <form
        aria-label="Generate drafts"
        noValidate
        onSubmit={submit}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <p className="text-sm text-slate-600">
          Model <code className="font-mono">{model}</code> · tokens this month{' '}
          {budget.used.toLocaleString('en')} of {budget.budget.toLocaleString('en')} (renews {renews})
        </p>
        <GenerationFields
          exams={exams}
          exam={exam}
          onExam={setExamId}
          guidance={guidance}
          onGuidance={setGuidance}
          disabled={running}
          fieldErrors={problem?.fieldErrors ?? {}}
        />
        {problem ? <Alert tone="error">{problem.error}</Alert> : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={running}>
            {running ? 'Generating…' : 'Generate drafts'}
          </Button>
          {running ? (
            <Button variant="secondary" onClick={() => stopper.current?.abort()}>
              Stop
            </Button>
          ) : null}
        </div>
      </form>
      {view ? <GenerationResults view={view} /> : null}
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-600">
      {message}
    </p>
  );
}

interface FieldsProps {
  exams: ExamOption[];
  exam: ExamOption;
  onExam: (id: number) => void;
  guidance: string;
  onGuidance: (text: string) => void;
  disabled: boolean;
  fieldErrors: Record<string, string>;
}

/** What to generate: exam, objective, count, difficulty, kind and the optional guidance. */
function GenerationFields({ exams, exam, onExam, guidance, onGuidance, disabled, fieldErrors }: FieldsProps) {
  const fieldError = (name: string) => fieldErrors[name];
  return (
    <fieldset disabled={disabled} className="grid gap-4 sm:grid-cols-2">
      <legend className="sr-only">What to generate</legend>
      <div>
        <label htmlFor="g-exam" className={LABEL}>
          Exam
        </label>
        <select
          id="g-exam"
          name="examId"
          className={INPUT}
          value={exam.id}
          onChange={(e) => onExam(Number(e.target.value))}
        >
          {exams.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="g-objective" className={LABEL}>
          Objective
        </label>
        <select
          key={exam.id}
          id="g-objective"
          name="objectiveId"
          className={INPUT}
          aria-describedby={fieldError('objectiveId') ? 'g-objective-error' : undefined}
        >
          {exam.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} — {o.title}
            </option>
          ))}
        </select>
        <FieldError id="g-objective-error" message={fieldError('objectiveId')} />
      </div>
      <div>
        <label htmlFor="g-count" className={LABEL}>
          How many questions (1–{MAX_GENERATED_QUESTIONS})
        </label>
        <input
          id="g-count"
          name="count"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_GENERATED_QUESTIONS}
          defaultValue={5}
          required
          className={INPUT}
          aria-invalid={fieldError('count') ? true : undefined}
          aria-describedby={fieldError('count') ? 'g-count-error' : undefined}
        />
        <FieldError id="g-count-error" message={fieldError('count')} />
      </div>
      <div>
        <label htmlFor="g-difficulty" className={LABEL}>
          Difficulty
        </label>
        <select id="g-difficulty" name="difficulty" className={INPUT} defaultValue="2">
          <option value="1">Easy</option>
          <option value="2">Medium</option>
          <option value="3">Hard</option>
        </select>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className={LABEL}>Question kind</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
          <label className="flex items-center gap-2">
            <input type="radio" name="type" value="single" defaultChecked className="accent-brand-600" />
            Single response (one correct option)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="type" value="multiple" className="accent-brand-600" />
            Multiple response (two or more correct)
          </label>
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        <label htmlFor="g-guidance" className={LABEL}>
          Guidance or source text (optional)
        </label>
        <textarea
          id="g-guidance"
          name="guidance"
          rows={5}
          maxLength={MAX_GUIDANCE_LENGTH}
          value={guidance}
          onChange={(e) => onGuidance(e.target.value)}
          aria-describedby="g-guidance-hint"
          className={INPUT}
        />
        <p id="g-guidance-hint" className="mt-1 text-xs text-slate-600">
          Material the questions must stay within (your notes, a documentation excerpt). It is passed to the
          model as data, never as instructions. {guidance.length.toLocaleString('en')} of{' '}
          {MAX_GUIDANCE_LENGTH.toLocaleString('en')} characters.
        </p>
      </div>
    </fieldset>
  );
}
