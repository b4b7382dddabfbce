'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { WARNING_MS } from '@/lib/exam/timing';
import type { RunnerView } from '@/lib/exam/views';
import { CaseBanner } from '../case-study';
import { ModeBadge } from '../mode-badge';
import { AttemptQueryProvider } from '../query-provider';
import { useRemaining } from './countdown';
import { QuestionNavigator } from './navigator';
import { QuestionPanel } from './question-panel';
import { RunnerBar } from './runner-bar';
import { Pager, RunnerNotices, TimeoutOverlay } from './runner-notices';
import { useSaveQueue } from './save-queue';
import { Sheet } from './sheet';
import { ShortcutsHelp } from './shortcuts-help';
import { createRunnerStore, forgetAttempt } from './store';
import { SubmitDialog } from './submit-dialog';
import { useAnswering } from './use-answering';
import { useFinish } from './use-finish';
import { useRunnerPage } from './use-runner-page';
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
  const struck = useStore(store, (s) => s.struck);
  const feedback = useStore(store, (s) => s.feedback);
  const drafts = useStore(store, (s) => s.drafts);
  const outbox = useStore(store, (s) => s.outbox);
  const warningDismissed = useStore(store, (s) => s.warningDismissed);
  const practice = view.mode !== 'mock';
  const total = view.questions.length;
  const question = view.questions[index] ?? view.questions[0]!;

  const [rejected, setRejected] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [navigatorOpen, setNavigatorOpen] = useState(false);
  const [scenarioOpen, setScenarioOpen] = useState(false);
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
  const answering = useAnswering({ store, question, index, practice, send: queue.send });
  const { go, select, toggleFlag, toggleStrike, check } = answering;
  const { finishing, submitError, setSubmitError, submit } = useFinish({
    attemptId: view.id,
    commitTime: answering.commitTime,
    waitUntilSaved: queue.waitUntilSaved,
    leave,
  });
  useRunnerPage({ index, total, exam: view.exam.title, practice, unsaved: queue.pendingCount > 0 });

  const onExpire = useCallback(() => {
    setDialogOpen(false);
    setNavigatorOpen(false);
    setScenarioOpen(false);
    if (!closed.current) void submit('timeout');
  }, [submit]);
  const remaining = useRemaining(view.deadlineAt, view.serverNow, onExpire);

  useShortcuts({
    enabled: !dialogOpen && !navigatorOpen && !scenarioOpen && !finishing,
    practice,
    // Letter keys choose options; matching/ordering entries are answered by their own controls.
    optionCount: question.type === 'matching' || question.type === 'ordering' ? 0 : question.options.length,
    choose: (i) => select(question.options[i]!.id),
    strike: (i) => toggleStrike(question.options[i]!.id),
    next: () => index < total - 1 && go(index + 1),
    previous: () => index > 0 && go(index - 1),
    flag: toggleFlag,
    check,
  });

  const openSubmit = () => {
    setSubmitError(null);
    setNavigatorOpen(false);
    setDialogOpen(true);
  };
  const goFromSheet = (i: number) => {
    setDialogOpen(false);
    setNavigatorOpen(false);
    go(i);
  };

  const unanswered = view.questions.map((q) => q.position).filter((p) => !answers[p]);
  const flagged = view.questions.map((q) => q.position).filter((p) => flags[p]);
  const selected = (practice && !answers[index] ? drafts[index] : answers[index]) ?? NO_SELECTION;
  const showWarning = remaining !== null && remaining > 0 && remaining <= WARNING_MS && !warningDismissed;
  const noun = practice ? 'session' : 'exam';
  const caseStudy = view.caseStudies.find((c) => c.id === question.caseStudyId);
  const navigatorProps = {
    count: total,
    index,
    answers,
    flags,
    feedback,
    practice,
    caseStudies: view.caseStudies,
  };

  return (
    <div className="space-y-4">
      <header className="min-w-0">
        <div className="flex items-center gap-2">
          <ModeBadge mode={view.mode} diagnostic={view.diagnostic} />
          <span className="text-xs font-semibold text-slate-600">{view.exam.code}</span>
        </div>
        <h1 className="mt-1 text-lg font-bold tracking-tight text-balance text-slate-900 sm:text-xl">
          {view.exam.title}
        </h1>
      </header>

      <RunnerBar
        practice={practice}
        remaining={remaining}
        saveStatus={queue.status}
        answered={Object.keys(answers).length}
        total={total}
        navigatorOpen={navigatorOpen}
        onOpenNavigator={() => setNavigatorOpen(true)}
        onSubmit={openSubmit}
      />

      <RunnerNotices
        attemptId={view.id}
        noun={noun}
        showWarning={showWarning}
        onDismissWarning={() => store.getState().dismissWarning()}
        rejected={rejected}
        onDismissRejected={() => setRejected(null)}
        signedOut={queue.status === 'signed-out'}
        offline={queue.status === 'offline'}
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="min-w-0 space-y-4">
          {caseStudy ? (
            <CaseBanner
              key={caseStudy.id}
              caseStudy={caseStudy}
              position={question.position}
              open={scenarioOpen}
              onOpenChange={setScenarioOpen}
            />
          ) : null}
          <QuestionPanel
            key={question.position}
            question={question}
            number={index + 1}
            total={total}
            selected={selected}
            struck={struck[index] ?? NO_SELECTION}
            flagged={Boolean(flags[index])}
            practice={practice}
            feedback={feedback[index]}
            awaitingCheck={practice && !feedback[index] && Boolean(answers[index])}
            offline={queue.status === 'offline'}
            notice={answering.notice}
            onSelect={select}
            onSetAnswer={answering.setAnswer}
            onToggleStrike={toggleStrike}
            onClear={answering.clear}
            onToggleFlag={toggleFlag}
            onCheck={check}
          />
          <Pager index={index} total={total} practice={practice} onGo={go} onFinish={openSubmit} />
        </div>

        <aside className="hidden space-y-4 lg:sticky lg:top-20 lg:block">
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <QuestionNavigator {...navigatorProps} onGo={go} />
          </div>
          <ShortcutsHelp practice={practice} />
        </aside>
      </div>

      <Sheet
        open={navigatorOpen}
        onClose={() => setNavigatorOpen(false)}
        titleId="navigator-title"
        title="Questions"
      >
        {navigatorOpen ? <QuestionNavigator {...navigatorProps} onGo={goFromSheet} inSheet /> : null}
      </Sheet>

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
        onGo={goFromSheet}
      />

      {finishing === 'timeout' ? (
        <TimeoutOverlay noun={noun} error={submitError} onRetry={() => void submit('timeout')} />
      ) : null}
    </div>
  );
}
