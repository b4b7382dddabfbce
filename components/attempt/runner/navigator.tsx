'use client';

import type { AnswerFeedback, CaseStudyView } from '@/lib/exam/views';

interface Props {
  count: number;
  index: number;
  answers: Record<number, string[]>;
  flags: Record<number, boolean>;
  feedback: Record<number, AnswerFeedback>;
  practice: boolean;
  onGo(index: number): void;
  /** In the phone sheet the sheet's title names the list: no heading of its own. */
  inSheet?: boolean;
  /** Their questions are marked (a bar under the number) and named in the tile's label. */
  caseStudies?: CaseStudyView[];
}

function describe(
  i: number,
  answered: boolean,
  flagged: boolean,
  current: boolean,
  verdict: boolean | undefined,
  caseTitle?: string,
): string {
  const parts = [
    `Question ${i + 1}`,
    verdict === undefined
      ? answered
        ? 'answered'
        : 'unanswered'
      : verdict
        ? 'answered correctly'
        : 'answered incorrectly',
  ];
  if (flagged) parts.push('flagged');
  if (caseTitle) parts.push(`case study ${caseTitle}`);
  if (current) parts.push('current');
  return parts.join(', ');
}

/** The grid of every question: answered / unanswered / flagged / current at a glance, one click away. */
export function QuestionNavigator({
  count,
  index,
  answers,
  flags,
  feedback,
  practice,
  onGo,
  inSheet = false,
  caseStudies = [],
}: Props) {
  const answered = Object.keys(answers).length;
  const caseOf = new Map(caseStudies.flatMap((c) => c.positions.map((p) => [p, c.title] as const)));
  const flagged = Object.values(flags).filter(Boolean).length;
  return (
    <nav aria-label="Questions" className="space-y-4">
      <div>
        {inSheet ? null : <h2 className="text-sm font-semibold text-slate-900">Questions</h2>}
        <p className="mt-0.5 text-sm text-slate-600">
          {answered} of {count} answered{flagged > 0 ? ` · ${flagged} flagged` : ''}
        </p>
      </div>
      <ol className="grid grid-cols-6 gap-2.5 sm:grid-cols-8 lg:grid-cols-5">
        {Array.from({ length: count }, (_, i) => {
          const isAnswered = Boolean(answers[i]);
          const isFlagged = Boolean(flags[i]);
          const current = i === index;
          const verdict = practice ? feedback[i]?.correct : undefined;
          const caseTitle = caseOf.get(i);
          const tone =
            verdict === true
              ? 'bg-emerald-600 text-white hover:bg-emerald-700'
              : verdict === false
                ? 'bg-red-600 text-white hover:bg-red-700'
                : isAnswered
                  ? 'bg-brand-600 text-white hover:bg-brand-700'
                  : 'bg-white text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50';
          return (
            <li key={i}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-label={describe(i, isAnswered, isFlagged, current, verdict, caseTitle)}
                aria-current={current ? 'step' : undefined}
                // Focus: a dark blue outline outside the black "current" ring, visible on every tile colour.
                className={`relative flex h-11 w-full items-center justify-center rounded-md text-sm font-semibold tabular-nums transition focus-visible:outline-3 focus-visible:outline-offset-[5px] focus-visible:outline-brand-900 lg:h-9 ${tone} ${current ? 'ring-2 ring-slate-900 ring-offset-2' : ''}`}
              >
                {i + 1}
                {isFlagged ? (
                  <span
                    aria-hidden
                    className="absolute -top-1 -right-1 h-3 w-3 rounded-full bg-amber-400 ring-2 ring-white"
                  />
                ) : null}
                {caseTitle ? (
                  <span aria-hidden className="absolute inset-x-1.5 bottom-1 h-1 rounded-full bg-amber-500" />
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-1.5 text-xs text-slate-700" aria-label="Legend">
        {practice ? (
          <>
            <Legend swatch="bg-emerald-600" label="Correct" />
            <Legend swatch="bg-red-600" label="Incorrect" />
          </>
        ) : (
          <Legend swatch="bg-brand-600" label="Answered" />
        )}
        <Legend swatch="bg-white ring-1 ring-slate-300 ring-inset" label="Unanswered" />
        <Legend swatch="bg-amber-400" label="Flagged" round />
        <Legend swatch="bg-white ring-2 ring-slate-900 ring-offset-1" label="Current" />
        {caseOf.size > 0 ? <Legend swatch="bg-amber-500" label="Case study" bar /> : null}
      </ul>
    </nav>
  );
}

function Legend({
  swatch,
  label,
  round,
  bar,
}: {
  swatch: string;
  label: string;
  round?: boolean;
  bar?: boolean;
}) {
  return (
    <li className="flex items-center gap-2">
      <span
        aria-hidden
        className={`inline-block w-3 ${bar ? 'h-1' : 'h-3'} ${round || bar ? 'rounded-full' : 'rounded-sm'} ${swatch}`}
      />
      {label}
    </li>
  );
}
