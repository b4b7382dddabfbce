'use client';

import { useEffect } from 'react';

interface Options {
  index: number;
  total: number;
  exam: string;
  practice: boolean;
  /** Changes not acknowledged by the server yet. */
  unsaved: boolean;
}

/** The page around the runner: its title, its URL and the browser's "leave this page?" question. */
export function useRunnerPage({ index, total, exam, practice, unsaved }: Options) {
  // A precise title per question (tabs, history, screen readers announce it).
  useEffect(() => {
    document.title = `Question ${index + 1} of ${total} · ${exam} ${practice ? 'practice' : 'mock exam'} · PingToPass`;
  }, [index, total, exam, practice]);

  // The question number is in the URL, so a reload renders that question on the server.
  useEffect(() => {
    window.history.replaceState(null, '', `?q=${index + 1}`);
  }, [index]);

  // Leaving with unsaved changes: let the browser ask.
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}
