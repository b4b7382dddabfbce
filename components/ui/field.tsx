import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

/** What a labelled control needs to be announced with its label, hint and error. */
export interface ControlAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A label, one control (input, select, textarea), its hint and its error, wired up for screen
 * readers. The control is rendered by `children` with the ids it must carry.
 */
export function LabelledControl({
  id,
  label,
  hint,
  error,
  compact = false,
  className = 'space-y-1',
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Filter bars: a smaller, quieter label. */
  compact?: boolean;
  className?: string;
  children: (aria: ControlAria) => ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label
        htmlFor={id}
        className={`block font-medium ${compact ? 'text-xs text-slate-600' : 'text-sm text-slate-800'}`}
      >
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** An input's or select's look, red-bordered when it has an error. */
function controlClass(error?: string): string {
  return `block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500 ${error ? 'border-red-500' : 'border-slate-300'}`;
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  return (
    <LabelledControl id={id ?? `field-${name}`} label={label} hint={hint} error={error}>
      {(aria) => <input name={name} className={controlClass(error)} {...aria} {...input} />}
    </LabelledControl>
  );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

/** The same for a <select>: its options are the children. */
export function SelectField({ label, name, error, hint, id, children, ...select }: SelectFieldProps) {
  return (
    <LabelledControl id={id ?? `field-${name}`} label={label} hint={hint} error={error}>
      {(aria) => (
        <select name={name} className={controlClass(error)} {...aria} {...select}>
          {children}
        </select>
      )}
    </LabelledControl>
  );
}
