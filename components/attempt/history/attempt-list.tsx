import Link from 'next/link';
import { displayPercent } from '@/lib/exam/scoring';
import { formatClock } from '@/lib/exam/timing';
import type { AttemptSummary } from '@/lib/exam/views';
import { LocalTime } from '../local-time';
import { ModeBadge, modeLabel } from '../mode-badge';
import { AbandonButton } from './abandon-button';

function Result({ attempt }: { attempt: AttemptSummary }) {
  if (attempt.status === 'abandoned') return <span className="text-slate-500">Abandoned</span>;
  if (attempt.status === 'in_progress') return <span className="font-medium text-brand-700">In progress</span>;
  if (attempt.passed === null) return <span className="text-slate-600">Completed</span>;
  return attempt.passed ? (
    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-bold text-emerald-800">PASS</span>
  ) : (
    <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-bold text-red-800">FAIL</span>
  );
}

/** The learner's attempts: date, exam, mode, score, result; open ones can be resumed or abandoned. */
export function AttemptList({ attempts, now }: { attempts: AttemptSummary[]; now: number }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Your attempts, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Date</th>
            <th scope="col" className="px-4 py-3 font-medium">Exam</th>
            <th scope="col" className="px-4 py-3 font-medium">Mode</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Score</th>
            <th scope="col" className="px-4 py-3 font-medium">Result</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {attempts.map((a) => {
            const label = `${modeLabel(a.mode).toLowerCase()} of ${a.exam.code}`;
            return (
              <tr key={a.id} className="align-middle">
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                  <LocalTime value={a.startedAt} />
                </td>
                <th scope="row" className="px-4 py-3 font-normal">
                  <span className="mr-2 font-mono text-xs text-slate-500">{a.exam.code}</span>
                  <span className="font-medium text-slate-900">{a.exam.title}</span>
                </th>
                <td className="px-4 py-3">
                  <ModeBadge mode={a.mode} />
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {a.status === 'submitted' && a.percent !== null ? (
                    <span>
                      <strong className="font-semibold text-slate-900">{displayPercent(a.percent)}%</strong>
                      <span className="ml-1 text-xs text-slate-500">
                        {a.correct}/{a.questionCount}
                      </span>
                    </span>
                  ) : a.status === 'in_progress' ? (
                    <span className="text-xs text-slate-500">
                      {a.answered}/{a.questionCount} answered
                      {a.deadlineAt ? ` · ${formatClock(Math.max(0, a.deadlineAt - now))} left` : ''}
                    </span>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <Result attempt={a} />
                  {a.submitReason === 'timeout' ? <span className="ml-2 text-xs text-slate-500">time ran out</span> : null}
                </td>
                <td className="px-4 py-3">
                  <div className="flex items-center justify-end gap-2">
                    {a.status === 'in_progress' ? (
                      <>
                        <Link
                          href={`/attempts/${a.id}`}
                          aria-label={`Resume ${label}`}
                          className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
                        >
                          Resume
                        </Link>
                        <AbandonButton attemptId={a.id} label={label} />
                      </>
                    ) : a.status === 'submitted' ? (
                      <Link
                        href={`/attempts/${a.id}/result`}
                        aria-label={`View result of ${label}`}
                        className="rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-brand-100 ring-inset hover:bg-brand-50"
                      >
                        View result
                      </Link>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
