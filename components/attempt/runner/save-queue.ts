'use client';

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { sendOrder, type PendingChange } from '@/lib/exam/outbox';
import type { SaveResult } from '@/lib/exam/views';
import type { RunnerStore } from './store';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'retrying' | 'signed-out';

type Failure = 'network' | 'closed' | 'invalid' | 'auth' | 'server' | 'not-found';

export class SaveError extends Error {
  constructor(
    readonly kind: Failure,
    message: string,
    readonly resultUrl?: string,
  ) {
    super(message);
  }
}

interface Payload extends PendingChange {
  position: number;
}

async function postAnswer(attemptId: string, payload: Payload): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch(`/api/attempts/${attemptId}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new SaveError('network', 'No connection.');
  }
  const body = (await response.json().catch(() => null)) as {
    ok?: boolean;
    data?: SaveResult;
    error?: string;
    resultUrl?: string;
  } | null;
  if (response.ok && body?.ok && body.data) return body.data;
  const message = body?.error ?? 'The answer could not be saved.';
  if (response.status === 409) throw new SaveError('closed', message, body?.resultUrl);
  if (response.status === 401) throw new SaveError('auth', message);
  if (response.status === 404) throw new SaveError('not-found', message);
  if (response.status === 400 || response.status === 403 || response.status === 413)
    throw new SaveError('invalid', message);
  throw new SaveError('server', message);
}

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

interface Options {
  attemptId: string;
  store: RunnerStore;
  onClosed(resultUrl: string): void;
  onRejected(message: string): void;
}

/**
 * Sends every change in the runner's outbox to the answer endpoint as it is made, one request
 * at a time per attempt (a react-query mutation scope), retrying network and server failures.
 * Offline, changes wait in the outbox (persisted) and are sent when the browser says it is
 * online again; the server ignores any that arrive out of order (revisions).
 */
export function useSaveQueue({ attemptId, store, onClosed, onRejected }: Options) {
  const online = useOnline();
  const inflight = useRef(new Map<number, number>());
  const [problem, setProblem] = useState<'network' | 'server' | 'auth' | null>(null);
  const pendingCount = useStore(store, (s) => Object.keys(s.outbox).length);
  const hydrated = useStore(store, (s) => s.hydrated);

  const mutation = useMutation<SaveResult, SaveError, Payload>({
    mutationKey: ['attempt-answer', attemptId],
    mutationFn: (payload) => postAnswer(attemptId, payload),
    scope: { id: `attempt-answers:${attemptId}` },
    networkMode: 'always',
    retry: (count, error) =>
      count < 3 && (error.kind === 'server' || (error.kind === 'network' && navigator.onLine)),
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
    onSuccess: (data, payload) => {
      store.getState().acknowledged(payload.position, payload.revision);
      if (data.feedback) store.getState().setFeedback(payload.position, data.feedback);
      setProblem(null);
    },
    onError: (error, payload) => {
      if (error.kind === 'closed') onClosed(error.resultUrl ?? `/attempts/${attemptId}/result`);
      else if (error.kind === 'auth') setProblem('auth');
      else if (error.kind === 'network') setProblem('network');
      else if (error.kind === 'server') setProblem('server');
      else {
        // Refused for good (bad payload, not found): waiting would not help.
        store.getState().acknowledged(payload.position, payload.revision);
        onRejected(error.message);
      }
    },
    onSettled: (_data, _error, payload) => {
      if (inflight.current.get(payload.position) === payload.revision)
        inflight.current.delete(payload.position);
    },
  });
  const { mutate } = mutation;

  const send = useCallback(
    (position: number) => {
      const change = store.getState().outbox[position];
      if (!change || inflight.current.get(position) === change.revision) return;
      // Offline: it waits in the outbox (the indicator says so) until the browser is back online.
      if (!navigator.onLine) return;
      inflight.current.set(position, change.revision);
      mutate({ position, ...change });
    },
    [mutate, store],
  );

  const flush = useCallback(() => {
    for (const position of sendOrder(store.getState().outbox)) send(position);
  }, [send, store]);

  // What this device kept from before (a reload, an offline spell) goes out first.
  useEffect(() => {
    if (hydrated) flush();
  }, [hydrated, flush]);

  useEffect(() => {
    const back = () => {
      setProblem(null);
      flush();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [flush]);

  // A safety net for failures that outlived the retries.
  useEffect(() => {
    if (pendingCount === 0 || !online) return;
    const timer = window.setInterval(() => {
      inflight.current.clear();
      flush();
    }, 15_000);
    return () => window.clearInterval(timer);
  }, [pendingCount, online, flush]);

  /** Resolves true once the outbox is empty, false after `timeoutMs` or when offline. */
  const waitUntilSaved = useCallback(
    (timeoutMs: number) =>
      new Promise<boolean>((resolve) => {
        if (Object.keys(store.getState().outbox).length === 0) return resolve(true);
        if (!navigator.onLine) return resolve(false);
        flush();
        const timer = window.setTimeout(() => {
          unsubscribe();
          resolve(Object.keys(store.getState().outbox).length === 0);
        }, timeoutMs);
        const unsubscribe = store.subscribe((state) => {
          if (Object.keys(state.outbox).length === 0) {
            window.clearTimeout(timer);
            unsubscribe();
            resolve(true);
          }
        });
      }),
    [flush, store],
  );

  let status: SaveStatus = 'saving';
  if (problem === 'auth') status = 'signed-out';
  else if (pendingCount === 0) status = 'saved';
  else if (!online || problem === 'network') status = 'offline';
  else if (problem === 'server') status = 'retrying';

  return { status, pendingCount, send, flush, waitUntilSaved };
}
