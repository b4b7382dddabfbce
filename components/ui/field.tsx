import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

const CONTROL =
  'block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500';

interface ShellProps {
  label: string;
  id: string;
  error?: string;
  hint?: string;
  /** The control, given the ids its aria-describedby should name. */
  children: (wiring: { 'aria-invalid'?: true; 'aria-describedby'?: string; className: string }) => ReactNode;
}

/** A label, a control, its hint and its error, wired up for screen readers. */
function FieldShell({ label, id, error, hint, children }: ShellProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: `${CONTROL} ${error ? 'border-red-500' : 'border-slate-300'}`,
      })}
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

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  error?: string;
  hint?: string;
}

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell label={label} id={inputId} error={error} hint={hint}>
      {(wiring) => <input id={inputId} name={name} {...wiring} {...input} />}
    </FieldShell>
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
  const selectId = id ?? `field-${name}`;
  return (
    <FieldShell label={label} id={selectId} error={error} hint={hint}>
      {(wiring) => (
        <select id={selectId} name={name} {...wiring} {...select}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
