'use client';

import type { QuestionContentInput } from '@/lib/validation/studio';
import { INPUT } from './ui';

type Meta = Pick<QuestionContentInput, 'objectiveId' | 'type' | 'difficulty'>;

/** Objective, response type and difficulty of the question being edited. */
export function QuestionMetaFields({
  value,
  objectives,
  error,
  onChange,
}: {
  value: Meta;
  objectives: { id: number; code: string; title: string }[];
  error?: string;
  onChange: (patch: Partial<Meta>) => void;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div className="space-y-1 sm:col-span-3">
        <label htmlFor="q-objective" className="block text-sm font-medium text-slate-800">
          Objective
        </label>
        <select
          id="q-objective"
          value={value.objectiveId}
          onChange={(e) => onChange({ objectiveId: Number(e.target.value) })}
          className={INPUT}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'q-objective-error' : undefined}
        >
          <option value={0}>Choose an objective…</option>
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} — {o.title}
            </option>
          ))}
        </select>
        {error ? (
          <p id="q-objective-error" className="text-xs font-medium text-red-600">
            {error}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="q-type" className="block text-sm font-medium text-slate-800">
          Response
        </label>
        <select
          id="q-type"
          value={value.type}
          onChange={(e) => onChange({ type: e.target.value === 'multiple' ? 'multiple' : 'single' })}
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
          value={value.difficulty}
          onChange={(e) => onChange({ difficulty: Number(e.target.value) })}
          className={INPUT}
        >
          <option value={1}>Easy</option>
          <option value={2}>Medium</option>
          <option value={3}>Hard</option>
        </select>
      </div>
    </div>
  );
}
