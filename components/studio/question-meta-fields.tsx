'use client';

import type { QuestionContentInput } from '@/lib/validation/studio';
import { LabelledControl } from '@/components/ui/field';
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
      <LabelledControl id="q-objective" label="Objective" error={error} className="space-y-1 sm:col-span-3">
        {(aria) => (
          <select
            value={value.objectiveId}
            onChange={(e) => onChange({ objectiveId: Number(e.target.value) })}
            className={INPUT}
            {...aria}
          >
            <option value={0}>Choose an objective…</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} — {o.title}
              </option>
            ))}
          </select>
        )}
      </LabelledControl>
      <LabelledControl id="q-type" label="Response">
        {(aria) => (
          <select
            value={value.type}
            onChange={(e) => onChange({ type: e.target.value === 'multiple' ? 'multiple' : 'single' })}
            className={INPUT}
            {...aria}
          >
            <option value="single">Single (one correct)</option>
            <option value="multiple">Multiple (several correct)</option>
          </select>
        )}
      </LabelledControl>
      <LabelledControl id="q-difficulty" label="Difficulty">
        {(aria) => (
          <select
            value={value.difficulty}
            onChange={(e) => onChange({ difficulty: Number(e.target.value) })}
            className={INPUT}
            {...aria}
          >
            <option value={1}>Easy</option>
            <option value={2}>Medium</option>
            <option value={3}>Hard</option>
          </select>
        )}
      </LabelledControl>
    </div>
  );
}
