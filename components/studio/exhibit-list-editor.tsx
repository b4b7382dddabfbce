'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { LabelledControl } from '@/components/ui/field';
import { EXHIBIT_KIND_LABELS, MAX_EXHIBITS, type Exhibit, type ExhibitKind } from '@/lib/exam/exhibits';
import { CodeFields, ImageFields, TableFields } from './exhibit-fields';
import { INPUT } from './ui';

const BLANK: Record<ExhibitKind, Exhibit> = {
  // No hash until the upload: the schema then asks for one ("Upload an image.").
  image: { kind: 'image', title: '', alt: '', hash: '', mime: 'image/png' },
  table: { kind: 'table', title: '', header: [], rows: [] },
  code: { kind: 'code', title: '', text: '' },
};

/**
 * The exhibits of a question or a case study: add (image, table, code or log), reorder with Move
 * up/down, remove. Each keeps a stable key across moves, so a table's typed text and an upload's
 * status follow it. `hint` says where learners see them (beside a question, under a scenario).
 */
export function ExhibitListEditor({
  exhibits,
  errors,
  onChange,
  hint = 'Shown beside the question on wide screens and behind tabs on phones.',
}: {
  exhibits: Exhibit[];
  errors: Record<string, string>;
  onChange: (exhibits: Exhibit[]) => void;
  hint?: string;
}) {
  const next = useRef(exhibits.length);
  const [keys, setKeys] = useState(() => exhibits.map((_, i) => i));
  const update = (index: number, exhibit: Exhibit) =>
    onChange(exhibits.map((e, i) => (i === index ? exhibit : e)));
  const move = (index: number, by: -1 | 1) => {
    const swap = <T,>(list: T[]) => {
      const copy = [...list];
      [copy[index], copy[index + by]] = [copy[index + by]!, copy[index]!];
      return copy;
    };
    setKeys(swap);
    onChange(swap(exhibits));
  };
  const remove = (index: number) => {
    setKeys((k) => k.filter((_, i) => i !== index));
    onChange(exhibits.filter((_, i) => i !== index));
  };
  const add = (kind: ExhibitKind) => {
    setKeys((k) => [...k, next.current++]);
    onChange([...exhibits, { ...BLANK[kind] }]);
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Exhibits</legend>
      <p className="text-xs text-slate-500">
        {hint} At most {MAX_EXHIBITS}.
      </p>
      {errors.exhibits ? <p className="text-xs font-medium text-red-600">{errors.exhibits}</p> : null}
      <ol className="space-y-3">
        {exhibits.map((exhibit, index) => {
          const path = `exhibits.${index}`;
          const props = { path, number: index + 1, errors };
          return (
            <li key={keys[index] ?? index} className="space-y-3 rounded-lg border border-slate-200 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-sm font-semibold text-slate-800">
                  Exhibit {index + 1} · {EXHIBIT_KIND_LABELS[exhibit.kind]}
                </h3>
                <div className="flex flex-wrap gap-1">
                  <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)}>
                    Move up<span className="sr-only"> exhibit {index + 1}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={index === exhibits.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    Move down<span className="sr-only"> exhibit {index + 1}</span>
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => remove(index)}>
                    Remove<span className="sr-only"> exhibit {index + 1}</span>
                  </Button>
                </div>
              </div>
              <LabelledControl
                id={`exhibits-${index}-title`}
                label={`Title of exhibit ${index + 1}`}
                error={errors[`${path}.title`]}
              >
                {(aria) => (
                  <input
                    value={exhibit.title}
                    onChange={(e) => update(index, { ...exhibit, title: e.target.value })}
                    className={`${INPUT} ${errors[`${path}.title`] ? 'border-red-500' : ''}`}
                    {...aria}
                  />
                )}
              </LabelledControl>
              {exhibit.kind === 'image' ? (
                <ImageFields {...props} exhibit={exhibit} onChange={(e) => update(index, e)} />
              ) : exhibit.kind === 'table' ? (
                <TableFields {...props} exhibit={exhibit} onChange={(e) => update(index, e)} />
              ) : (
                <CodeFields {...props} exhibit={exhibit} onChange={(e) => update(index, e)} />
              )}
            </li>
          );
        })}
      </ol>
      {exhibits.length < MAX_EXHIBITS ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => add('image')}>
            + Add image
          </Button>
          <Button size="sm" variant="secondary" onClick={() => add('table')}>
            + Add table
          </Button>
          <Button size="sm" variant="secondary" onClick={() => add('code')}>
            + Add code or log
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
