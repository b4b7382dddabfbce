'use client';

import { useCallback, useRef, useState } from 'react';
import { submitAttemptAction } from '@/server/attempts/actions';

interface Options {
  attemptId: string;
  /** Records the time on the current question before the answers are flushed. */
  commitTime(): void;
  waitUntilSaved(timeoutMs: number): Promise<boolean>;
  /** Leaves the runner for `url` (once). */
  leave(url: string): void;
}

/**
 * Submitting: every change still in the outbox is sent first, then the attempt is submitted and
 * the result opened. A learner's submit that cannot flush stops with a message (nothing is
 * lost); a timeout submits what the server has, because the server's deadline rule closes it
 * anyway.
 */
export function useFinish({ attemptId, commitTime, waitUntilSaved, leave }: Options) {
  const [finishing, setFinishing] = useState<null | 'submitting' | 'timeout'>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const busy = useRef(false);

  const submit = useCallback(
    async (reason: 'learner' | 'timeout') => {
      if (busy.current) return;
      busy.current = true;
      try {
        setSubmitError(null);
        setFinishing(reason === 'timeout' ? 'timeout' : 'submitting');
        commitTime();
        const saved = await waitUntilSaved(reason === 'timeout' ? 4_000 : 10_000);
        if (!saved && reason === 'learner') {
          setFinishing(null);
          setSubmitError(
            navigator.onLine
              ? 'Some answers are not saved yet. Try again in a moment; nothing is lost.'
              : 'You are offline. Your answers are kept on this device; submit again when you are back online.',
          );
          return;
        }
        const result = await submitAttemptAction(attemptId).catch(() => null);
        if (!result || !result.ok) {
          if (reason === 'learner') setFinishing(null);
          setSubmitError(
            result
              ? result.error
              : 'The server could not be reached. Check your connection and try again; your answers are kept on this device.',
          );
          return;
        }
        leave(`/attempts/${attemptId}/result`);
      } finally {
        busy.current = false;
      }
    },
    [attemptId, commitTime, leave, waitUntilSaved],
  );

  return { finishing, submitError, setSubmitError, submit };
}
