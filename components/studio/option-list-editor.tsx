'use client';

import { Button } from '@/components/ui/button';
import { INPUT } from './ui';

export interface EditableOption {
  id: string;
  text: string;
  correct: boolean;
}

interface Props {
  options: EditableOption[];
  type: 'single' | 'multiple';
  errors: Record<string, string>;
  onChange: (options: EditableOption[]) => void;
  newId: () => string;
}

/** Options with keyboard-accessible buttons to move, remove and mark correct (no drag and drop needed). */
export function OptionListEditor({ options, type, errors, onChange, newId }: Props) {
  const update = (index: number, patch: Partial<EditableOption>) =>
    onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const move = (index: number, by: number) => {
    const next = [...options];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  const markCorrect = (index: number, correct: boolean) =>
    onChange(
      options.map((o, i) =>
        i === index ? { ...o, correct } : type === 'single' && correct ? { ...o, correct: false } : o,
      ),
    );
  return (
    <fieldset className="space-y-3" aria-describedby={errors.options ? 'options-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">Options</legend>
      {errors.options ? (
        <p id="options-error" role="alert" className="text-xs font-medium text-red-600">
          {errors.options}
        </p>
      ) : null}
      <ol className="space-y-2">
        {options.map((option, index) => {
          const letter = String.fromCharCode(65 + index);
          const error = errors[`options.${index}.text`];
          return (
            <li
              key={option.id}
              className={`rounded-lg border p-3 ${option.correct ? 'border-emerald-300 bg-emerald-50/50' : 'border-slate-200 bg-white'}`}
            >
              <div className="flex items-start gap-3">
                <span className="mt-2 w-5 text-sm font-semibold text-slate-500">{letter}</span>
                <div className="flex-1 space-y-1">
                  <label htmlFor={`option-${option.id}`} className="sr-only">
                    Option {letter} text
                  </label>
                  <textarea
                    id={`option-${option.id}`}
                    rows={2}
                    value={option.text}
                    onChange={(e) => update(index, { text: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    className={`${INPUT} ${error ? 'border-red-500' : ''}`}
                  />
                  {error ? <p className="text-xs font-medium text-red-600">{error}</p> : null}
                  <label className="inline-flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type={type === 'single' ? 'radio' : 'checkbox'}
                      name="correct-option"
                      checked={option.correct}
                      onChange={(e) => markCorrect(index, e.target.checked)}
                      className="h-4 w-4 accent-emerald-600"
                    />
                    Option {letter} is correct
                  </label>
                </div>
                <div className="flex flex-col gap-1">
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    aria-label={`Move option ${letter} up`}
                  >
                    ↑
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => move(index, 1)}
                    disabled={index === options.length - 1}
                    aria-label={`Move option ${letter} down`}
                  >
                    ↓
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onChange(options.filter((_, i) => i !== index))}
                    aria-label={`Remove option ${letter}`}
                  >
                    ✕
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => onChange([...options, { id: newId(), text: '', correct: false }])}
        disabled={options.length >= 10}
      >
        + Add option
      </Button>
    </fieldset>
  );
}
