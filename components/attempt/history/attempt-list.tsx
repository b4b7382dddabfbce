import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { displayPercent } from '@/lib/exam/scoring';
import { formatClock } from '@/lib/exam/timing';
import type { AttemptSummary } from '@/lib/exam/views';
import { LocalTime } from '../local-time';
import { ModeBadge, modeLabel } from '../mode-badge';
import { AbandonButton } from './abandon-button';

function Result({ attempt }: { attempt: AttemptSummary }) {
  if (attempt.status === 'abandoned') return <span className="text-slate-500">Abandoned</span>;
  if (attempt.status === 'in_progress')
    return <span className="font-medium text-brand-700">In progress</span>;
  if (attempt.passed === null) return <span className="text-slate-600">Completed</span>;
  return attempt.passed ? (
    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-bold text-emerald-800">PASS</span>
  ) : (
    <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-bold text-red-800">FAIL</span>
  );
}

function Score({ attempt: a, now }: { attempt: AttemptSummary; now: number }) {
  if (a.status === 'submitted' && a.percent !== null) {
    return (
      <span>
        <strong className="font-semibold text-slate-900">{displayPercent(a.percent)}%</strong>
        <span className="ml-1 text-xs text-slate-500">
          {a.correct}/{a.questionCount}
        </span>
      </span>
    );
  }
  if (a.status === 'in_progress') {
    return (
      <span className="text-xs text-slate-500">
        {a.answered}/{a.questionCount} answered
        {a.deadlineAt ? ` · ${formatClock(Math.max(0, a.deadlineAt - now))} left` : ''}
      </span>
    );
  }
  return <span className="text-slate-600">—</span>;
}

function Actions({ attempt: a }: { attempt: AttemptSummary }) {
  const label = `${modeLabel(a.mode, a.diagnostic).toLowerCase()} of ${a.exam.code}`;
  return (
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
          <AbandonButton attemptId={a.id} label={label} mock={a.mode === 'mock'} />
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
  );
}

/** The learner's attempts: date, exam, mode, score, result; open ones can be resumed or abandoned. */
export function AttemptList({ attempts, now }: { attempts: AttemptSummary[]; now: number }) {
  return (
    <DataTable
      caption="Your attempts, newest first"
      rows={attempts}
      rowKey={(a) => a.id}
      minWidth="44rem"
      rowClassName="align-middle"
      columns={[
        {
          header: 'Date',
          className: 'whitespace-nowrap text-slate-700',
          cell: (a) => <LocalTime value={a.startedAt} />,
        },
        {
          header: 'Exam',
          rowHeader: true,
          cell: (a) => (
            <>
              <span className="mr-2 font-mono text-xs text-slate-500">{a.exam.code}</span>
              <span className="font-medium text-slate-900">{a.exam.title}</span>
            </>
          ),
        },
        { header: 'Mode', cell: (a) => <ModeBadge mode={a.mode} diagnostic={a.diagnostic} /> },
        {
          header: 'Score',
          align: 'right',
          className: 'tabular-nums',
          cell: (a) => <Score attempt={a} now={now} />,
        },
        {
          header: 'Result',
          cell: (a) => (
            <>
              <Result attempt={a} />
              {a.submitReason === 'timeout' ? (
                <span className="ml-2 text-xs text-slate-500">time ran out</span>
              ) : null}
            </>
          ),
        },
        { header: 'Actions', hideHeader: true, align: 'right', cell: (a) => <Actions attempt={a} /> },
      ]}
    />
  );
}
