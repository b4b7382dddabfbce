import type { MasteryLevel } from '@/lib/progress/mastery';
import type { ObjectiveMasteryView } from '@/lib/progress/views';
import { PracticeObjectiveButton } from './practice-objective-button';

const LEVELS: Record<MasteryLevel, { label: string; bar: string; text: string }> = {
  weak: { label: 'Weak', bar: 'bg-red-500', text: 'text-red-700' },
  fair: { label: 'Fair', bar: 'bg-amber-500', text: 'text-amber-800' },
  strong: { label: 'Strong', bar: 'bg-emerald-500', text: 'text-emerald-700' },
  unknown: { label: 'Too few answers', bar: 'bg-slate-300', text: 'text-slate-500' },
};

/** Objectives weakest first, each with its estimate, its evidence and a one-click practice. */
export function MasteryList({
  examSlug,
  objectives,
}: {
  examSlug: string;
  objectives: ObjectiveMasteryView[];
}) {
  return (
    <section aria-label="Mastery by objective" className="rounded-xl border border-slate-200 bg-white p-5">
      <h3 className="text-sm font-medium tracking-wide text-slate-500 uppercase">
        Mastery by objective, weakest first
      </h3>
      <ul className="mt-3 divide-y divide-slate-100">
        {objectives.map((o) => {
          const level = LEVELS[o.level];
          const percent = Math.round(o.estimate);
          return (
            <li key={o.code} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
              <div className="min-w-48 flex-1">
                <p className="text-sm font-medium text-slate-900">
                  <span className="mr-1.5 font-mono text-xs text-slate-500">{o.code}</span>
                  {o.title}
                </p>
                <p className="text-xs text-slate-500">
                  {o.weight}% of the exam ·{' '}
                  {o.recentTotal > 0
                    ? `${pointsText(o.recentCorrect)} of your last ${o.recentTotal} right`
                    : 'not practised yet'}
                </p>
              </div>
              <div className="flex w-full items-center gap-3 sm:w-80">
                <div
                  className="h-2 flex-1 rounded-full bg-slate-100"
                  role="meter"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                  aria-label={`Estimated mastery of ${o.title}`}
                >
                  <div
                    className={`h-2 rounded-full ${level.bar}`}
                    style={{ width: `${o.level === 'unknown' ? 0 : percent}%` }}
                  />
                </div>
                <span
                  className={`min-w-28 text-right text-sm font-medium whitespace-nowrap tabular-nums ${level.text}`}
                >
                  {o.level === 'unknown' ? level.label : `${percent}% · ${level.label}`}
                </span>
              </div>
              <PracticeObjectiveButton
                examSlug={examSlug}
                objectiveCode={o.code}
                objectiveTitle={o.title}
                bankSize={o.bankSize}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Right answers in points: a partly right matching/ordering answer counts its share (2.5 of 4). */
function pointsText(points: number): string {
  const tenths = Math.floor(points * 10 + 1e-9) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}
