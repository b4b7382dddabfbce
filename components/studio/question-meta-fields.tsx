'use client';

import type { QuestionContentInput } from '@/lib/validation/studio';
import { LabelledControl } from '@/components/ui/field';
import { INPUT } from './ui';

type Meta = Pick<QuestionContentInput, 'objectiveId' | 'type' | 'difficulty' | 'kind'>;
type KindChoice = 'single' | 'multiple' | 'matching' | 'ordering';

/** Objective, response type and difficulty of the question being edited. */
export function QuestionMetaFields({
  value,
  objectives,
  error,
  kindLocked,
  onChange,
  onKind,
}: {
  value: Meta;
  objectives: { id: number; code: string; title: string }[];
  error?: string;
  /** An existing question keeps its kind (choice ⇄ single/multiple may still switch). */
  kindLocked: boolean;
  onChange: (patch: Partial<Meta>) => void;
  onKind: (kind: KindChoice) => void;
}) {
  const current: KindChoice = value.kind === 'choice' ? value.type : value.kind;
  const allowed = (k: KindChoice) =>
    !kindLocked || k === current || (value.kind === 'choice' && (k === 'single' || k === 'multiple'));
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
      <LabelledControl id="q-type" label="Kind">
        {(aria) => (
          <select
            value={current}
            onChange={(e) => onKind(e.target.value as KindChoice)}
            className={INPUT}
            {...aria}
          >
            <option value="single">Single (one correct)</option>
            <option value="multiple">Multiple (several correct)</option>
            <option value="matching" disabled={!allowed('matching')}>
              Matching (premises to responses)
            </option>
            <option value="ordering" disabled={!allowed('ordering')}>
              Ordering (put in sequence)
            </option>
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
