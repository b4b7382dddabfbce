'use client';

import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  /** Escape, the close button or a tap outside; not offered while `dismissible` is false. */
  onClose(): void;
  titleId: string;
  title: ReactNode;
  describedBy?: string;
  dismissible?: boolean;
  children: ReactNode;
  /** Stays in reach at the bottom (the sheet's actions); the body above it scrolls. */
  footer?: ReactNode;
  /** Reading matter (a case study's scenario): the whole screen on phones, a wider card from `sm` up. */
  reading?: boolean;
}

/**
 * A modal sheet: full width from the bottom edge on phones (the actions where a thumb is), a
 * centred card from `sm` up. A native modal <dialog>, so the page behind is inert (focus stays
 * inside), Escape closes it, and focus goes back to what opened it.
 */
export function Sheet({
  open,
  onClose,
  titleId,
  title,
  describedBy,
  dismissible = true,
  children,
  footer,
  reading = false,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // React handles autoFocus in script, not as the attribute showModal looks for: the sheet
      // focuses the element marked data-autofocus itself (else the browser's first focusable).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onClose={() => {
        // Browsers return focus themselves; this covers the ones that leave it on <body>.
        const back = opener.current;
        if (back?.isConnected && document.activeElement === document.body) back.focus();
      }}
      onClick={(event) => {
        // The dialog element itself is only hit outside the panel: the backdrop.
        if (event.target === event.currentTarget && dismissible) onClose();
      }}
      className={`mx-0 mb-0 w-full max-w-none overflow-hidden border-0 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/60 sm:m-auto sm:max-h-[calc(100dvh-4rem)] sm:rounded-2xl ${reading ? 'max-sm:mt-0 max-sm:h-dvh max-sm:max-h-dvh sm:w-[min(48rem,calc(100vw-2rem))]' : 'mt-auto max-h-[88dvh] rounded-t-2xl sm:w-[min(34rem,calc(100vw-2rem))]'}`}
    >
      <div
        className={`flex flex-col sm:max-h-[calc(100dvh-4rem)] ${reading ? 'max-sm:h-dvh max-sm:max-h-dvh' : 'max-h-[88dvh]'}`}
      >
        <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {dismissible ? (
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-m-2 grid h-11 w-11 shrink-0 place-items-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            >
              <svg
                aria-hidden
                viewBox="0 0 20 20"
                className="h-5 w-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="M5 5l10 10M15 5 5 15" strokeLinecap="round" />
              </svg>
            </button>
          ) : null}
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-5 py-4">{children}</div>
        {footer ? (
          <div className="border-t border-slate-200 bg-white px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
            {footer}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
