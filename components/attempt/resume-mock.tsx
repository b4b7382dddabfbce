'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import type { ActionResult } from '@/lib/action-result';
import type { AttemptSummary } from '@/lib/exam/views';
import { formatDuration } from '@/lib/format';
import { endMockExamAction } from '@/server/attempts/actions';
import { CloseAttemptForm } from './close-attempt-form';
import { LocalTime } from './local-time';

/** "42 min left", "1 h 5 min left", or "time is up" for the last seconds before the deadline rule. */
function timeLeft(deadlineAt: number | null, now: number): string {
  if (deadlineAt === null) return 'untimed';
  const minutes = Math.ceil((deadlineAt - now) / 60_000);
  return minutes > 0 ? `${formatDuration(minutes)} left` : 'time is up';
}

/**
 * The exam's open mock exam: one at a time, so instead of "Start" the learner resumes it, or
 * ends it now. Ending scores it as it is, as ending a real exam early does (Pearson VUE, and
 * practice-test vendors such as MeasureUp, score an ended exam): a mock cannot be thrown away
 * to dodge a bad score, and the deadline rule scores a forgotten one the same way.
 */
export function ResumeMock({ attempt, now }: { attempt: AttemptSummary; now: number }) {
  const [confirming, setConfirming] = useState(false);
  const [state, dispatch] = useActionState<ActionResult<{ id: string }> | null, FormData>(
    endMockExamAction,
    null,
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        You have this mock exam open: {attempt.answered} of {attempt.questionCount} answered. Its clock keeps
        running while you are away.
      </p>
      <Link
        href={`/attempts/${attempt.id}`}
        className="flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2.5 text-center text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
      >
        <span>
          Resume mock exam (started <LocalTime value={attempt.startedAt} />,{' '}
          {timeLeft(attempt.deadlineAt, now)})
        </span>
      </Link>
      {confirming ? (
        <div
          role="group"
          aria-label="Confirm ending the mock exam"
          className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3"
        >
          <p className="text-sm text-amber-950">
            End it now and see its score? Unanswered questions count as wrong. This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-2">
            <CloseAttemptForm
              attemptId={attempt.id}
              dispatch={dispatch}
              confirmLabel="End and score it"
              pendingLabel="Ending…"
              cancelLabel="Keep it open"
              onCancel={() => setConfirming(false)}
            />
          </div>
          <ActionError state={state} className="text-sm text-red-700" />
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="min-h-11 text-sm font-semibold text-slate-700 underline underline-offset-2 hover:text-slate-900"
        >
          End it now and see the score
        </button>
      )}
    </div>
  );
}
