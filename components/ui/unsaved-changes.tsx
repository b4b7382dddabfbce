'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Guards typed work against being lost by leaving the page: while `dirty`, closing or reloading
 * the tab gets the browser's own prompt (beforeunload), and a click on a link or the Back button
 * opens a ConfirmDialog first. Several guarded forms on one page share one set of listeners (a
 * module-level registry); the first dirty one asks.
 */

type Leave = { kind: 'link'; href: string; external: boolean } | { kind: 'back' };
type Ask = (leave: Leave) => void;

const askers = new Map<string, Ask>();
/**
 * The URL of our extra history entry (same URL as the page): a Back press pops it without leaving,
 * so we can ask first. Null when none is on top of this page's entry.
 */
let guardUrl: string | null = null;

function firstAsker(): Ask | undefined {
  return askers.values().next().value;
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (askers.size === 0) return;
  event.preventDefault();
  event.returnValue = '';
}

function onClick(event: MouseEvent) {
  const ask = firstAsker();
  if (!ask || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab or window
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
  if (link.target && link.target !== '_self') return;
  const url = new URL(link.href, window.location.href);
  const here = new URL(window.location.href);
  // A jump within this page (#anchor) loses nothing.
  if (url.origin === here.origin && url.pathname === here.pathname && url.search === here.search) return;
  // Capture phase on the document: stopping here keeps the click from Next's <Link> handler.
  event.preventDefault();
  event.stopPropagation();
  const external = url.origin !== here.origin;
  ask({ kind: 'link', href: external ? url.href : `${url.pathname}${url.search}${url.hash}`, external });
}

function onPopState(event: PopStateEvent) {
  const ask = firstAsker();
  // Only the pop of our own entry leaves the URL as it was; any other traversal is Next's.
  if (!ask || guardUrl !== window.location.href) return;
  guardUrl = null;
  // Capture on window runs before Next's popstate listener: it never sees this one.
  event.stopImmediatePropagation();
  ask({ kind: 'back' });
}

const MARK = '__unsavedChangesGuard';

function pushGuardEntry() {
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  if (guardUrl === window.location.href && state[MARK]) return; // already on top
  guardUrl = window.location.href;
  // The state keeps Next's own markers (__NA…), so its patched pushState passes it through untouched.
  window.history.pushState({ ...state, [MARK]: true }, '', window.location.href);
}

function install() {
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('click', onClick, true);
  window.addEventListener('popstate', onPopState, true);
}

function uninstall() {
  window.removeEventListener('beforeunload', onBeforeUnload);
  document.removeEventListener('click', onClick, true);
  window.removeEventListener('popstate', onPopState, true);
}

/** Renders the "leave without saving?" dialog of one guarded form; `what` names the work at risk. */
export function UnsavedChangesGuard({ dirty, what = 'your changes' }: { dirty: boolean; what?: string }) {
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState<Leave | null>(null);
  useEffect(() => {
    if (!dirty) return;
    if (askers.size === 0) install();
    askers.set(id, setPending);
    pushGuardEntry();
    return () => {
      askers.delete(id);
      if (askers.size === 0) uninstall();
    };
  }, [dirty, id]);

  const stay = () => {
    if (pending?.kind === 'back') pushGuardEntry();
    setPending(null);
  };
  const leave = () => {
    const target = pending;
    setPending(null);
    askers.clear();
    uninstall();
    if (!target) return;
    guardUrl = null;
    if (target.kind === 'back') window.history.back();
    else if (target.external) window.location.assign(target.href);
    else router.push(target.href);
  };
  return (
    <ConfirmDialog
      open={pending !== null}
      title="Leave without saving?"
      confirmLabel="Leave and discard"
      cancelLabel="Stay on this page"
      onConfirm={leave}
      onCancel={stay}
    >
      <p>You have unsaved changes. If you leave now, {what} will be lost.</p>
    </ConfirmDialog>
  );
}

/**
 * Whether an uncontrolled form differs from the values it was rendered with (each field's
 * defaultValue / defaultChecked / defaultSelected). Put `onInput` on the form or a wrapper.
 */
export function useFormDirty(): {
  dirty: boolean;
  onInput: (event: FormEvent<HTMLElement>) => void;
  recheck: (form: HTMLFormElement | null | undefined) => void;
} {
  const [dirty, setDirty] = useState(false);
  const recheck = useCallback((form: HTMLFormElement | null | undefined) => {
    setDirty(form ? isFormDirty(form) : false);
  }, []);
  const onInput = useCallback(
    (event: FormEvent<HTMLElement>) => {
      const target = event.target as HTMLInputElement;
      recheck(target.form ?? (event.currentTarget.closest('form') as HTMLFormElement | null));
    },
    [recheck],
  );
  return { dirty, onInput, recheck };
}

export function isFormDirty(form: HTMLFormElement): boolean {
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement) {
      if (element.type === 'hidden' || element.type === 'submit' || element.type === 'button') continue;
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (element.checked !== element.defaultChecked) return true;
      } else if (element.value !== element.defaultValue) return true;
    } else if (element instanceof HTMLTextAreaElement) {
      if (element.value !== element.defaultValue) return true;
    } else if (element instanceof HTMLSelectElement) {
      if (Array.from(element.options).some((o) => o.selected !== o.defaultSelected)) {
        // A select without a default-selected option shows its first: that is not a change.
        const noDefault = !Array.from(element.options).some((o) => o.defaultSelected);
        if (!(noDefault && element.selectedIndex === 0)) return true;
      }
    }
  }
  return false;
}
