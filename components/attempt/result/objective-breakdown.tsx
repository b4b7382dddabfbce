import { displayPercent } from '@/lib/exam/scoring';
import type { ObjectiveResult } from '@/lib/exam/views';

/** Correct / total and percent per objective, weakest first, against the passing score. */
export function ObjectiveBreakdown({
  objectives,
  target,
}: {
  objectives: ObjectiveResult[];
  target: number | null;
}) {
  return (
    <section
      aria-labelledby="breakdown-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="breakdown-heading" className="text-lg font-semibold">
          Score by objective
        </h2>
        <p className="text-xs text-slate-500">
          Weakest first{target !== null ? ` · the line marks the passing score (${target}%)` : ''}
        </p>
      </div>
      <ol className="mt-4 space-y-4" aria-label="Objectives, weakest first">
        {objectives.map((o) => {
          const shown = displayPercent(o.percent);
          const below = target !== null && o.percent < target;
          const bar = target === null ? 'bg-brand-500' : below ? 'bg-red-500' : 'bg-emerald-500';
          return (
            <li
              key={`${o.code}-${o.title}`}
              aria-label={`${o.code} ${o.title}: ${o.correct} of ${o.total} correct, ${shown}%`}
            >
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0">
                  <span className="mr-2 font-mono text-xs text-slate-500">{o.code}</span>
                  <span className="font-medium text-slate-900">{o.title}</span>
                </span>
                <span className="shrink-0 text-slate-700 tabular-nums">
                  {o.correct}/{o.total} ·{' '}
                  <strong className={below ? 'text-red-700' : 'text-slate-900'}>{shown}%</strong>
                </span>
              </div>
              <div className="relative mt-1.5 h-2.5 rounded-full bg-slate-100" aria-hidden>
                <div
                  className={`h-2.5 rounded-full ${bar}`}
                  style={{ width: `${Math.max(o.percent, 1.5)}%` }}
                />
                {target !== null ? (
                  <div className="absolute -top-1 h-4.5 w-0.5 bg-slate-700" style={{ left: `${target}%` }} />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
