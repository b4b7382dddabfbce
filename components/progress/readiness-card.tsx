import type { ReadinessVerdict } from '@/lib/progress/readiness';
import type { ReadinessView } from '@/lib/progress/views';
import { pluralize } from '@/lib/format';

const VERDICTS: Record<ReadinessVerdict, { label: string; tone: string; band: string; marker: string }> = {
  green: {
    label: 'Likely to pass',
    tone: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    band: 'bg-emerald-200',
    marker: 'bg-emerald-700',
  },
  amber: {
    label: 'Borderline',
    tone: 'bg-amber-50 text-amber-900 ring-amber-200',
    band: 'bg-amber-200',
    marker: 'bg-amber-700',
  },
  red: {
    label: 'Not there yet',
    tone: 'bg-red-50 text-red-800 ring-red-200',
    band: 'bg-red-200',
    marker: 'bg-red-700',
  },
  unknown: {
    label: 'Not enough data yet',
    tone: 'bg-slate-100 text-slate-700 ring-slate-200',
    band: 'bg-slate-200',
    marker: 'bg-slate-500',
  },
};

const round = (value: number) => Math.round(value);

/** A 0–100 scale with the band shaded, the prediction marked and the passing score drawn. */
function ReadinessScale({ readiness, passingScore }: { readiness: ReadinessView; passingScore: number }) {
  const style = VERDICTS[readiness.verdict];
  return (
    <div aria-hidden className="relative mt-5 h-3 rounded-full bg-slate-100">
      {readiness.enoughData ? (
        <>
          <div
            className={`absolute inset-y-0 rounded-full ${style.band}`}
            style={{ left: `${readiness.low}%`, width: `${Math.max(1, readiness.high - readiness.low)}%` }}
          />
          <div
            className={`absolute -top-1 h-5 w-1 -translate-x-1/2 rounded ${style.marker}`}
            style={{ left: `${readiness.predicted}%` }}
          />
        </>
      ) : null}
      <div
        className="absolute -top-2 h-7 border-l-2 border-dashed border-slate-500"
        style={{ left: `${passingScore}%` }}
      />
      <span
        className="absolute top-5 -translate-x-1/2 text-[11px] text-slate-500"
        style={{ left: `${passingScore}%` }}
      >
        pass {passingScore}%
      </span>
    </div>
  );
}

function explanation(readiness: ReadinessView, examQuestionCount: number): string {
  const mocks =
    readiness.mocksUsed > 0 ? `your last ${pluralize(readiness.mocksUsed, 'mock exam')} and ` : '';
  return (
    `Based on ${mocks}your latest practice answers in each objective (up to ${readiness.answersPerObjective} per objective), ` +
    `weighted by the exam's objective weights. Each source counts by how much it tells us. The band is where 9 in 10 real exam ` +
    `scores would fall, given this evidence and the luck of drawing ${examQuestionCount} questions. Our questions are not ` +
    `the real exam's, so treat it as a guide.`
  );
}

export function ReadinessCard({
  readiness,
  passingScore,
  examQuestionCount,
}: {
  readiness: ReadinessView;
  passingScore: number;
  examQuestionCount: number;
}) {
  const style = VERDICTS[readiness.verdict];
  return (
    <section aria-label="Readiness" className="rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-medium tracking-wide text-slate-500 uppercase">Predicted exam score</h3>
          {readiness.enoughData ? (
            <p className="mt-1">
              <span className="text-4xl font-bold text-slate-900 tabular-nums">
                {round(readiness.predicted)}%
              </span>
              <span className="ml-2 text-sm text-slate-600">
                likely between {round(readiness.low)}% and {round(readiness.high)}%
              </span>
            </p>
          ) : (
            <p className="mt-1 text-2xl font-semibold text-slate-700">Not enough data yet</p>
          )}
        </div>
        {readiness.enoughData ? (
          // Without a prediction the headline already says "Not enough data yet": no second badge for it.
          <span className={`rounded-full px-3 py-1 text-sm font-semibold ring-1 ring-inset ${style.tone}`}>
            {style.label}
          </span>
        ) : null}
      </div>
      <ReadinessScale readiness={readiness} passingScore={passingScore} />
      <p className="mt-8 text-sm text-slate-600">
        {readiness.enoughData
          ? explanation(readiness, examQuestionCount)
          : `We predict a score once we know enough: take a mock exam, or answer about 20 more practice questions across the objectives (${pluralize(readiness.practiceAnswers, 'answer')} so far). ${explanation(readiness, examQuestionCount)}`}
      </p>
    </section>
  );
}
