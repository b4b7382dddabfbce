import { displayPercent } from '@/lib/exam/scoring';
import { formatSpan } from '@/lib/exam/timing';
import type { AttemptResultView } from '@/lib/exam/views';
import { LocalTime } from '../local-time';
import { ModeBadge } from '../mode-badge';

function ScoreRing({ percent, passed }: { percent: number; passed: boolean | null }) {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const shown = displayPercent(percent);
  const color = passed === null ? 'stroke-brand-500' : passed ? 'stroke-emerald-500' : 'stroke-red-500';
  return (
    <div className="relative h-36 w-36 shrink-0">
      <svg viewBox="0 0 120 120" className="h-full w-full -rotate-90" aria-hidden>
        <circle cx="60" cy="60" r={radius} className="fill-none stroke-slate-100" strokeWidth="12" />
        <circle
          cx="60"
          cy="60"
          r={radius}
          className={`fill-none ${color}`}
          strokeWidth="12"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - Math.min(100, percent) / 100)}
        />
      </svg>
      <div className="absolute inset-0 grid place-items-center text-center">
        <div>
          <p className="text-3xl font-bold text-slate-900 tabular-nums">{shown}%</p>
          <p className="text-xs text-slate-500">score</p>
        </div>
      </div>
    </div>
  );
}

export function ScoreSummary({ result }: { result: AttemptResultView }) {
  const timedOut = result.submitReason === 'timeout';
  return (
    <section
      aria-labelledby="score-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="score-heading" className="sr-only">
        Score
      </h2>
      <div className="flex flex-col items-center gap-6 sm:flex-row sm:items-center">
        <ScoreRing percent={result.percent} passed={result.passed} />
        <div className="flex-1 space-y-3 text-center sm:text-left">
          <div className="flex flex-wrap items-center justify-center gap-2 sm:justify-start">
            <ModeBadge mode={result.mode} diagnostic={result.diagnostic} />
            {result.passed === null ? null : result.passed ? (
              <span className="rounded-full bg-emerald-700 px-3 py-1 text-sm font-bold tracking-wide text-white">
                PASS
              </span>
            ) : (
              <span className="rounded-full bg-red-700 px-3 py-1 text-sm font-bold tracking-wide text-white">
                FAIL
              </span>
            )}
            {timedOut ? (
              <span className="rounded-full bg-amber-100 px-3 py-1 text-xs font-semibold text-amber-900">
                Time ran out — submitted automatically
              </span>
            ) : null}
          </div>
          <p className="text-lg text-slate-800">
            <strong className="font-semibold">{result.correct}</strong> of {result.total} correct
            {result.passingScore !== null ? (
              <span className="text-slate-500"> · passing score {result.passingScore}%</span>
            ) : null}
          </p>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Time used</dt>
              <dd className="font-medium text-slate-900">
                {formatSpan(result.timeUsedMs)}
                {result.timeLimitMs ? (
                  <span className="font-normal text-slate-500"> of {formatSpan(result.timeLimitMs)}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Answered</dt>
              <dd className="font-medium text-slate-900">
                {result.answered} of {result.total}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Submitted</dt>
              <dd className="font-medium text-slate-900">
                {result.submittedAt ? <LocalTime value={result.submittedAt} /> : '—'}
              </dd>
            </div>
          </dl>
        </div>
      </div>
    </section>
  );
}
