'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { MAX_PRACTICE_QUESTIONS, PRACTICE_FILTERS, type PracticeFilter } from '@/lib/validation/attempts';
import type { AttemptSummary } from '@/lib/exam/views';
import { formatClock } from '@/lib/exam/timing';
import { formatDuration } from '@/lib/format';
import { startMockExamAction, startPracticeAction, type StartState } from '@/server/attempts/actions';
import { LocalTime } from './local-time';
import { modeLabel } from './mode-badge';
import { PracticeKindSelect } from './practice-kind-select';
import { ResumeMock } from './resume-mock';

export interface StartExam {
  slug: string;
  questionCount: number;
  durationMinutes: number;
  passingScore: number;
  bankSize: number;
  objectives: { code: string; title: string; questionCount: number }[];
}

const FILTER_LABELS: Record<PracticeFilter, { label: string; hint: string }> = {
  all: { label: 'All questions', hint: 'Drawn at random from the chosen objectives.' },
  unseen: { label: 'Only unseen', hint: 'Questions you have never been shown.' },
  missed: { label: 'Only previously missed', hint: 'Questions your latest answer got wrong.' },
  flagged: { label: 'Only flagged', hint: 'Questions you flagged for review.' },
};

/** Resume what is open; start a mock exam or a practice session. */
export function StartPanel({
  exam,
  openAttempts,
  now,
}: {
  exam: StartExam;
  openAttempts: AttemptSummary[];
  now: number;
}) {
  // One open mock per exam: the mock card offers to resume it; open practice sessions are listed.
  const openMock = openAttempts.find((a) => a.mode === 'mock');
  const openPractice = openAttempts.filter((a) => a.mode !== 'mock');
  return (
    <section aria-labelledby="start-heading" className="space-y-5">
      <h2 id="start-heading" className="text-xl font-bold tracking-tight">
        Start studying
      </h2>
      {openPractice.length > 0 ? <OpenAttempts attempts={openPractice} now={now} /> : null}
      <div className="grid items-start gap-5 lg:grid-cols-2">
        <MockCard exam={exam} openMock={openMock} now={now} />
        <PracticeCard exam={exam} />
      </div>
    </section>
  );
}

function OpenAttempts({ attempts, now }: { attempts: AttemptSummary[]; now: number }) {
  return (
    <div className="rounded-xl border border-brand-100 bg-brand-50 p-4">
      <h3 className="text-sm font-semibold text-brand-900">Unfinished</h3>
      <ul className="mt-2 divide-y divide-brand-100" aria-label="Unfinished attempts">
        {attempts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
            <span className="text-slate-700">
              <span className="font-medium text-slate-900">{modeLabel(a.mode, a.diagnostic)}</span> started{' '}
              <LocalTime value={a.startedAt} /> · {a.answered} of {a.questionCount} answered
              {a.deadlineAt ? ` · ${formatClock(Math.max(0, a.deadlineAt - now))} left` : ''}
            </span>
            <Link
              href={`/attempts/${a.id}`}
              className="rounded-lg bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
            >
              Resume
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function MockCard({ exam, openMock, now }: { exam: StartExam; openMock?: AttemptSummary; now: number }) {
  const [state, dispatch] = useActionState<StartState, FormData>(startMockExamAction, null);
  const short = exam.bankSize < exam.questionCount;
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h3 className="text-lg font-semibold text-slate-900">Mock exam</h3>
      <p className="mt-1 text-sm text-slate-600">
        Real exam conditions: the same number of questions, time limit and passing score, drawn in proportion
        to the objective weights. No feedback until you submit; the clock keeps running if you leave.
      </p>
      <ul className="mt-4 space-y-1.5 text-sm text-slate-700">
        <li>✓ A navigator, flags for review and keyboard shortcuts</li>
        <li>✓ Every answer saved as you choose it, even offline</li>
        <li>✓ A score by objective and a full review at the end</li>
      </ul>
      {short ? (
        <p className="mt-3 text-xs text-amber-800">
          The bank holds fewer questions than the real exam: this mock exam asks all {exam.bankSize}.
        </p>
      ) : null}
      <dl className="mt-5 grid grid-cols-3 divide-x divide-slate-100 rounded-lg bg-slate-50 py-3 text-center">
        <div>
          <dt className="text-xs text-slate-500">Questions</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums">
            {Math.min(exam.questionCount, exam.bankSize)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Time limit</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums">
            {formatDuration(exam.durationMinutes)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Pass mark</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums">{exam.passingScore}%</dd>
        </div>
      </dl>
      <div className="pt-6">
        {state && !state.ok ? (
          <div className="mb-3">
            <Alert tone="error">{state.error}</Alert>
          </div>
        ) : null}
        {openMock ? (
          <ResumeMock attempt={openMock} now={now} />
        ) : (
          <ActionForm dispatch={dispatch} aria-label="Start a mock exam">
            <input type="hidden" name="examSlug" value={exam.slug} />
            <SubmitButton pendingLabel="Starting…">Start mock exam</SubmitButton>
          </ActionForm>
        )}
      </div>
    </div>
  );
}

function PracticeCard({ exam }: { exam: StartExam }) {
  const [state, dispatch] = useActionState<StartState, FormData>(startPracticeAction, null);
  const [chosen, setChosen] = useState<string[]>(() => exam.objectives.map((o) => o.code));
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const max = Math.max(1, Math.min(MAX_PRACTICE_QUESTIONS, exam.bankSize));
  const allChosen = chosen.length === exam.objectives.length;

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h3 className="text-lg font-semibold text-slate-900">Practice</h3>
      <p className="mt-1 text-sm text-slate-600">
        Your pick of objectives and questions, with the answer, the explanation and references right after
        each question.
      </p>
      {state && !state.ok ? (
        <div className="mt-4">
          <Alert tone="error">{state.error}</Alert>
        </div>
      ) : null}
      <ActionForm dispatch={dispatch} aria-label="Start a practice session" className="mt-4 space-y-5">
        <input type="hidden" name="examSlug" value={exam.slug} />
        <fieldset aria-describedby={errors.objectives ? 'practice-objectives-error' : undefined}>
          <div className="flex items-center justify-between">
            <legend className="text-sm font-medium text-slate-800">Objectives</legend>
            <button
              type="button"
              onClick={() => setChosen(allChosen ? [] : exam.objectives.map((o) => o.code))}
              className="text-xs font-medium text-brand-700 hover:underline"
            >
              {allChosen ? 'Clear all' : 'Select all'}
            </button>
          </div>
          <div className="mt-2 max-h-56 space-y-1 overflow-y-auto pr-1">
            {exam.objectives.map((o) => (
              <label
                key={o.code}
                className="flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50"
              >
                <input
                  type="checkbox"
                  name="objectives"
                  value={o.code}
                  checked={chosen.includes(o.code)}
                  onChange={(e) =>
                    setChosen((list) =>
                      e.target.checked ? [...list, o.code] : list.filter((c) => c !== o.code),
                    )
                  }
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                />
                <span className="flex-1">
                  <span className="mr-1.5 font-mono text-xs text-slate-500">{o.code}</span>
                  {o.title}
                </span>
                <span className="text-xs text-slate-600 tabular-nums">{o.questionCount}</span>
              </label>
            ))}
          </div>
          {errors.objectives ? (
            <p id="practice-objectives-error" className="mt-1 text-xs font-medium text-red-700">
              {errors.objectives}
            </p>
          ) : null}
        </fieldset>

        <div className="space-y-1">
          <label htmlFor="practice-count" className="block text-sm font-medium text-slate-800">
            Number of questions
          </label>
          <input
            id="practice-count"
            name="count"
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            defaultValue={Math.min(10, max)}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby={errors.count ? 'practice-count-error' : 'practice-count-hint'}
            className={`block w-32 rounded-lg border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500 ${errors.count ? 'border-red-500' : 'border-slate-300'}`}
          />
          {errors.count ? (
            <p id="practice-count-error" className="text-xs font-medium text-red-700">
              {errors.count}
            </p>
          ) : (
            <p id="practice-count-hint" className="text-xs text-slate-500">
              Up to {max}. Fewer are asked if the filter leaves fewer.
            </p>
          )}
        </div>

        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Questions</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {PRACTICE_FILTERS.map((filter) => (
              <label
                key={filter}
                className="flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50"
              >
                <input
                  type="radio"
                  name="filter"
                  value={filter}
                  defaultChecked={filter === 'all'}
                  className="mt-0.5 h-4 w-4 accent-brand-600"
                />
                <span>
                  <span className="block text-slate-800">{FILTER_LABELS[filter].label}</span>
                  <span className="block text-xs text-slate-500">{FILTER_LABELS[filter].hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <PracticeKindSelect error={errors.kind} />

        <label className="flex cursor-pointer items-start gap-2.5 text-sm">
          <input type="checkbox" name="timed" className="mt-0.5 h-4 w-4 accent-brand-600" />
          <span>
            <span className="block font-medium text-slate-800">Timed</span>
            <span className="block text-xs text-slate-500">
              At the real exam&apos;s pace per question; untimed otherwise.
            </span>
          </span>
        </label>

        <SubmitButton pendingLabel="Starting…">Start practice</SubmitButton>
      </ActionForm>
    </div>
  );
}
