'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunnerQuestion } from '@/lib/exam/views';
import type { RunnerStore } from './store';

const NO_SELECTION: string[] = [];

interface Options {
  store: RunnerStore;
  question: RunnerQuestion;
  index: number;
  practice: boolean;
  /** Sends the outbox's change of a position. */
  send(position: number): void;
}

/**
 * What the learner does to a question: choose, clear, check (practice), flag, strike out, move.
 * Each change goes through the store's outbox and is sent at once; the time on each question is
 * counted while the page is visible.
 */
export function useAnswering({ store, question, index, practice, send }: Options) {
  const [notice, setNotice] = useState<string | null>(null);

  const enteredAt = useRef<number | null>(null);
  const commitTime = useCallback(() => {
    const now = performance.now();
    if (enteredAt.current !== null) {
      const ms = now - enteredAt.current;
      if (ms > 0 && ms < 6 * 3600_000) store.getState().addTime(store.getState().index, ms);
    }
    enteredAt.current = document.visibilityState === 'visible' ? now : null;
  }, [store]);
  useEffect(() => {
    enteredAt.current = performance.now();
    const onVisibility = () => commitTime();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [commitTime]);

  const go = useCallback(
    (next: number) => {
      commitTime();
      store.getState().go(next);
      setNotice(null);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    },
    [commitTime, store],
  );

  const select = useCallback(
    (optionId: string) => {
      const state = store.getState();
      if (practice && (state.feedback[index] || state.outbox[index]?.selected)) return;
      // Matching/ordering answers are whole lists (setAnswer), not single option choices.
      if (question.type === 'matching' || question.type === 'ordering') return;
      const current = (practice ? state.drafts[index] : state.answers[index]) ?? NO_SELECTION;
      let next: string[];
      if (question.type === 'single') next = [optionId];
      else if (current.includes(optionId)) next = current.filter((id) => id !== optionId);
      else if (current.length >= question.choose) {
        setNotice(`You can choose ${question.choose}. Clear one of your choices first.`);
        return;
      } else next = [...current, optionId];
      setNotice(null);
      commitTime();
      // Choosing a struck-out option brings it back: the learner changed their mind. Both
      // changes share the outbox entry, so they go out in one save.
      const unstrike = next.includes(optionId) && state.struck[index]?.includes(optionId);
      if (unstrike) state.toggleStrike(index, optionId);
      state.setSelection(index, next);
      if (!practice || unstrike) send(index);
    },
    [commitTime, index, practice, question, send, store],
  );

  /** A matching/ordering answer as a whole: the pairs, or every item in order. */
  const setAnswer = useCallback(
    (next: string[]) => {
      const state = store.getState();
      if (practice && (state.feedback[index] || state.outbox[index]?.selected)) return;
      commitTime();
      state.setSelection(index, next);
      if (!practice) send(index);
    },
    [commitTime, index, practice, send, store],
  );

  const clear = useCallback(() => {
    commitTime();
    store.getState().setSelection(index, []);
    send(index);
  }, [commitTime, index, send, store]);

  const check = useCallback(() => {
    commitTime();
    if (store.getState().commitDraft(index)) send(index);
  }, [commitTime, index, send, store]);

  const toggleFlag = useCallback(() => {
    commitTime();
    store.getState().toggleFlag(index);
    send(index);
  }, [commitTime, index, send, store]);

  const toggleStrike = useCallback(
    (optionId: string) => {
      const state = store.getState();
      // Practice: once answered the key is shown; striking out means nothing any more.
      if (practice && (state.feedback[index] || state.outbox[index]?.selected)) return;
      commitTime();
      state.toggleStrike(index, optionId);
      send(index);
    },
    [commitTime, index, practice, send, store],
  );

  return { notice, commitTime, go, select, setAnswer, clear, check, toggleFlag, toggleStrike };
}
