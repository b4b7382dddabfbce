'use client';

import { useEffect } from 'react';
import { isTypingTarget, shortcutFor } from '@/lib/exam/keyboard';

interface Handlers {
  enabled: boolean;
  practice: boolean;
  optionCount: number;
  choose(index: number): void;
  strike(index: number): void;
  next(): void;
  previous(): void;
  flag(): void;
  check(): void;
}

/**
 * 1–9 / A–E choose, Shift with one of them strikes it out, N / P move, F flags, Enter checks a
 * practice answer; never while typing.
 */
export function useShortcuts({
  enabled,
  practice,
  optionCount,
  choose,
  strike,
  next,
  previous,
  flag,
  check,
}: Handlers) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (isTypingTarget(target)) return;
      if (event.key === 'Enter') {
        // Enter on a button or link keeps its own meaning.
        if (!practice || (target && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName))) return;
        event.preventDefault();
        check();
        return;
      }
      const action = shortcutFor(event, optionCount);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'choose') choose(action.index);
      else if (action.type === 'strike') strike(action.index);
      else if (action.type === 'flag') flag();
      else if (action.type === 'next') next();
      else previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, practice, optionCount, choose, strike, next, previous, flag, check]);
}
