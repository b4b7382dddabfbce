'use client';

import { Button } from '@/components/ui/button';
import type { QuestionContentInput } from '@/lib/validation/studio';
import { INPUT } from './ui';

type Reference = QuestionContentInput['references'][number];

/** The question's references: title + URL rows, added and removed with buttons. */
export function ReferenceListEditor({
  references,
  errors,
  onChange,
}: {
  references: Reference[];
  errors: Record<string, string>;
  onChange: (references: Reference[]) => void;
}) {
  const update = (index: number, patch: Partial<Reference>) =>
    onChange(references.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">References</legend>
      {references.map((ref, index) => (
        <div key={index} className="flex flex-wrap items-start gap-2">
          <div className="min-w-40 flex-1">
            <label className="sr-only" htmlFor={`ref-title-${index}`}>
              Reference {index + 1} title
            </label>
            <input
              id={`ref-title-${index}`}
              placeholder="Title"
              value={ref.title}
              onChange={(e) => update(index, { title: e.target.value })}
              className={INPUT}
            />
            <FieldError message={errors[`references.${index}.title`]} />
          </div>
          <div className="min-w-0 flex-[2] basis-56">
            <label className="sr-only" htmlFor={`ref-url-${index}`}>
              Reference {index + 1} URL
            </label>
            <input
              id={`ref-url-${index}`}
              placeholder="https://…"
              value={ref.url}
              onChange={(e) => update(index, { url: e.target.value })}
              className={INPUT}
            />
            <FieldError message={errors[`references.${index}.url`]} />
          </div>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onChange(references.filter((_, i) => i !== index))}
            aria-label={`Remove reference ${index + 1}`}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button size="sm" variant="secondary" onClick={() => onChange([...references, { title: '', url: '' }])}>
        + Add reference
      </Button>
    </fieldset>
  );
}

function FieldError({ message }: { message?: string }) {
  return message ? <p className="text-xs font-medium text-red-600">{message}</p> : null;
}
