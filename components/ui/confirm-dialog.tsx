'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

const CONFIRM_TONES = {
  danger: 'bg-red-600 text-white hover:bg-red-700',
  primary: 'bg-brand-600 text-white hover:bg-brand-700',
} as const;

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in plain words: shown under the title and read as the dialog's description. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: keyof typeof CONFIRM_TONES;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A yes/no question before something hard to undo. A native modal <dialog>: the page behind is
 * inert, Escape cancels, focus starts on the safe choice (cancel) and returns where it was.
 * The buttons stack full-width on a phone.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Escape: let React state close it, so `open` and the element never disagree.
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="space-y-4 p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={`${id}-body`} className="space-y-2 text-sm text-slate-700">
            {children}
          </div>
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <button
              ref={cancelRef}
              type="button"
              onClick={onCancel}
              className="rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            >
              {cancelLabel}
            </button>
            <button
              type="button"
              onClick={onConfirm}
              className={`rounded-lg px-4 py-2.5 text-sm font-semibold shadow-sm ${CONFIRM_TONES[tone]}`}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

const TRIGGER_STYLES = {
  danger: 'bg-red-600 text-white shadow-sm hover:bg-red-700',
  primary: 'bg-brand-600 text-white shadow-sm hover:bg-brand-700',
  secondary: 'bg-white text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
  'danger-outline': 'bg-white text-red-700 ring-1 ring-red-300 ring-inset hover:bg-red-50',
} as const;

/**
 * A submit button that asks first: the click opens a ConfirmDialog, and only "confirm" submits
 * the enclosing form (through a hidden submit button, so `name`/`value` travel like a real one).
 */
export function ConfirmSubmitButton({
  children,
  pending = false,
  pendingLabel = 'Working…',
  disabled = false,
  variant = 'danger',
  size = 'md',
  name,
  value,
  ariaLabel,
  title,
  description,
  confirmLabel,
  tone = 'danger',
}: {
  children: ReactNode;
  pending?: boolean;
  pendingLabel?: string;
  disabled?: boolean;
  variant?: keyof typeof TRIGGER_STYLES;
  size?: 'md' | 'sm';
  name?: string;
  value?: string;
  /** The trigger's accessible name when its visible text is short (e.g. "Disable" in a table row). */
  ariaLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  tone?: keyof typeof CONFIRM_TONES;
}) {
  const [open, setOpen] = useState(false);
  const submitter = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={disabled || pending}
        aria-busy={pending || undefined}
        aria-haspopup="dialog"
        aria-label={ariaLabel}
        className={`inline-flex items-center justify-center rounded-lg font-semibold disabled:cursor-not-allowed disabled:opacity-50 ${size === 'sm' ? 'px-3 py-1.5 text-sm' : 'px-4 py-2.5 text-sm'} ${TRIGGER_STYLES[variant]}`}
      >
        {pending ? pendingLabel : children}
      </button>
      <button ref={submitter} type="submit" name={name} value={value} hidden tabIndex={-1} />
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        tone={tone}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          const button = submitter.current;
          button?.form?.requestSubmit(button);
        }}
      >
        {description}
      </ConfirmDialog>
    </>
  );
}
