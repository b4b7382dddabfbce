'use client';

import { useEffect, useRef } from 'react';
import { isTypingTarget } from '@/lib/exam/keyboard';
import { reviewKeyAction, type ReviewKeyAction } from '@/lib/review/keyboard';

interface Options {
  /** False while a request is on its way or there is no card: keys do nothing. */
  enabled: boolean;
  revealed: boolean;
  optionCount: number;
  onAction(action: ReviewKeyAction): void;
}

/** Listens for the review's keys on the whole page (lib/review/keyboard.ts), never while typing. */
export function useReviewKeys({ enabled, revealed, optionCount, onAction }: Options) {
  // The latest handler, so the listener is not re-attached on every render.
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (isTypingTarget(target as HTMLInputElement | null)) return;
      const action = reviewKeyAction(event, target as HTMLInputElement | null, { revealed, optionCount });
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, revealed, optionCount]);
}
