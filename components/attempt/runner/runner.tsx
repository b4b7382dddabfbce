'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { WARNING_MS } from '@/lib/exam/timing';
import type { RunnerView } from '@/lib/exam/views';
import { submitAttemptAction } from '@/server/attempts/actions';
import { ModeBadge } from '../mode-badge';
import { AttemptQueryProvider } from '../query-provider';
import { Countdown, useRemaining } from './countdown';
import { QuestionNavigator } from './navigator';
import { QuestionPanel } from './question-panel';
import { Pager, RunnerNotices, TimeoutOverlay } from './runner-notices';
import { useSaveQueue } from './save-queue';
import { SaveStatusIndicator } from './save-status';
import { ShortcutsHelp } from './shortcuts-help';
import { createRunnerStore, forgetAttempt } from './store';
import { SubmitDialog } from './submit-dialog';
import { useShortcuts } from './use-shortcuts';

interface Props {
  view: RunnerView;
  initialIndex: number;
  indexFromUrl: boolean;
}

/** The exam runner: one question at a time, saved as it is answered, on the server's clock. */
export function AttemptRunner(props: Props) {
  return (
    <AttemptQueryProvider>
      <Runner {...props} />
    </AttemptQueryProvider>
  );
}

const NO_SELECTION: string[] = [];

function Runner({ view, initialIndex, indexFromUrl }: Props) {
  const router = useRouter();
  const [store] = useState(() => createRunnerStore(view, initialIndex, indexFromUrl));
  const index = useStore(store, (s) => s.index);
  const answers = useStore(store, (s) => s.answers);
  const flags = useStore(store, (s) => s.flags);
  const feedback = useStore(store, (s) => s.feedback);
  const drafts = useStore(store, (s) => s.drafts);
  const outbox = useStore(store, (s) => s.outbox);
  const warningDismissed = useStore(store, (s) => s.warningDismissed);
  const practice = view.mode !== 'mock';
  const total = view.questions.length;
  const question = view.questions[index] ?? view.questions[0]!;

  const [notice, setNotice] = useState<string | null>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [finishing, setFinishing] = useState<null | 'submitting' | 'timeout'>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const closed = useRef(false);

  useEffect(() => {
    void store.persist.rehydrate();
  }, [store]);

  const leave = useCallback(
    (url: string) => {
      if (closed.current) return;
      closed.current = true;
      forgetAttempt(view.id);
      router.replace(url);
    },
    [router, view.id],
  );
  const queue = useSaveQueue({ attemptId: view.id, store, onClosed: leave, onRejected: setRejected });
  const { send, waitUntilSaved } = queue;

  // Time on each question, counted while the page is visible.
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

  // The question number is in the URL, so a reload renders that question on the server.
  useEffect(() => {
    window.history.replaceState(null, '', `?q=${index + 1}`);
  }, [index]);

  // Leaving with unsaved changes: let the browser ask.
  useEffect(() => {
    if (queue.pendingCount === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [queue.pendingCount]);

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
      state.setSelection(index, next);
      if (!practice) send(index);
    },
    [commitTime, index, practice, question, send, store],
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

  const submit = useCallback(
    async (reason: 'learner' | 'timeout') => {
      if (closed.current) return;
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
      const result = await submitAttemptAction(view.id).catch(() => null);
      if (!result) {
        if (reason === 'learner') setFinishing(null);
        setSubmitError(
          'The server could not be reached. Check your connection and try again; your answers are kept on this device.',
        );
        return;
      }
      if (!result.ok) {
        if (reason === 'learner') setFinishing(null);
        setSubmitError(result.error);
        return;
      }
      leave(`/attempts/${view.id}/result`);
    },
    [commitTime, leave, view.id, waitUntilSaved],
  );

  const onExpire = useCallback(() => {
    setDialogOpen(false);
    void submit('timeout');
  }, [submit]);
  const remaining = useRemaining(view.deadlineAt, view.serverNow, onExpire);

  useShortcuts({
    enabled: !dialogOpen && !finishing,
    practice,
    optionCount: question.options.length,
    choose: (i) => select(question.options[i]!.id),
    next: () => index < total - 1 && go(index + 1),
    previous: () => index > 0 && go(index - 1),
    flag: toggleFlag,
    check,
  });

  const unanswered = view.questions.map((q) => q.position).filter((p) => !answers[p]);
  const flagged = view.questions.map((q) => q.position).filter((p) => flags[p]);
  const selected = (practice && !answers[index] ? drafts[index] : answers[index]) ?? NO_SELECTION;
  const showWarning = remaining !== null && remaining > 0 && remaining <= WARNING_MS && !warningDismissed;
  const noun = practice ? 'session' : 'exam';

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white px-5 py-3 shadow-sm">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <ModeBadge mode={view.mode} />
            <span className="text-xs font-semibold text-slate-500">{view.exam.code}</span>
          </div>
          <h1 className="mt-0.5 truncate text-lg font-bold tracking-tight text-slate-900">
            {view.exam.title}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SaveStatusIndicator status={queue.status} />
          {remaining !== null ? <Countdown remaining={remaining} /> : null}
          <button
            type="button"
            onClick={() => {
              setSubmitError(null);
              setDialogOpen(true);
            }}
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
          >
            {practice ? 'Finish' : 'Submit exam'}
          </button>
        </div>
      </header>

      <RunnerNotices
        attemptId={view.id}
        noun={noun}
        showWarning={showWarning}
        onDismissWarning={() => store.getState().dismissWarning()}
        rejected={rejected}
        onDismissRejected={() => setRejected(null)}
        signedOut={queue.status === 'signed-out'}
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="space-y-4">
          <QuestionPanel
            key={question.position}
            question={question}
            number={index + 1}
            total={total}
            selected={selected}
            flagged={Boolean(flags[index])}
            practice={practice}
            feedback={feedback[index]}
            awaitingCheck={practice && !feedback[index] && Boolean(answers[index])}
            offline={queue.status === 'offline'}
            notice={notice}
            onSelect={select}
            onClear={clear}
            onToggleFlag={toggleFlag}
            onCheck={check}
          />
          <Pager
            index={index}
            total={total}
            practice={practice}
            onGo={go}
            onFinish={() => setDialogOpen(true)}
          />
        </div>

        <aside className="space-y-4 lg:sticky lg:top-4">
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <QuestionNavigator
              count={total}
              index={index}
              answers={answers}
              flags={flags}
              feedback={feedback}
              practice={practice}
              onGo={go}
            />
          </div>
          <ShortcutsHelp practice={practice} />
        </aside>
      </div>

      <SubmitDialog
        open={dialogOpen}
        practice={practice}
        total={total}
        unanswered={unanswered}
        flagged={flagged}
        pendingCount={Object.keys(outbox).length}
        submitting={finishing === 'submitting'}
        error={submitError}
        onCancel={() => setDialogOpen(false)}
        onConfirm={() => void submit('learner')}
        onGo={(i) => {
          setDialogOpen(false);
          go(i);
        }}
      />

      {finishing === 'timeout' ? (
        <TimeoutOverlay noun={noun} error={submitError} onRetry={() => void submit('timeout')} />
      ) : null}
    </div>
  );
}
