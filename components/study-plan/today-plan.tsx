import Link from 'next/link';
import type { ExamPlanView } from '@/lib/study-plan/daily-plan';

const PACE_STYLE = {
  'on-track': 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  behind: 'bg-amber-50 text-amber-950 ring-amber-200',
  none: 'bg-slate-50 text-slate-800 ring-slate-200',
} as const;

function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return 'Exam date passed';
  if (daysLeft === 0) return 'Exam today';
  return daysLeft === 1 ? 'Exam tomorrow' : `${daysLeft} days to your exam`;
}

/** Today's plan for one exam on the dashboard: what to do now, and whether the pace holds. */
export function TodayPlan({ plan, examSlug }: { plan: ExamPlanView; examSlug: string }) {
  const paceLabel =
    plan.pace.status === 'behind'
      ? plan.pace.behindBy > 0
        ? `Behind by ${plan.pace.behindBy} question${plan.pace.behindBy === 1 ? '' : 's'}`
        : 'Behind'
      : plan.pace.status === 'on-track'
        ? 'On track'
        : null;
  const items = [
    plan.reviews > 0 ? (
      <li key="reviews">
        <Link href="/review" className="font-medium text-brand-700 hover:underline">
          Review {plan.reviews} due card{plan.reviews === 1 ? '' : 's'}
        </Link>
      </li>
    ) : null,
    plan.newQuestions > 0 ? (
      <li key="new">
        <Link href={`/exams/${examSlug}`} className="font-medium text-brand-700 hover:underline">
          Practise {plan.newQuestions} new question{plan.newQuestions === 1 ? '' : 's'}
        </Link>
        <span className="text-slate-700">
          {' '}
          from {plan.newByObjective.map((o) => `${o.title} (${o.count})`).join(', ')}
        </span>
      </li>
    ) : null,
    plan.mock.due ? (
      <li key="mock">
        <Link href={`/exams/${examSlug}`} className="font-medium text-brand-700 hover:underline">
          Take a mock exam
        </Link>
        <span className="text-slate-700"> — {plan.mock.reason}</span>
      </li>
    ) : null,
  ].filter(Boolean);

  return (
    <section
      aria-label="Today’s plan"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">Today’s plan</h3>
        <p className="text-sm text-slate-700">
          {daysLeftText(plan.daysLeft)} · <time dateTime={plan.examDate}>{plan.examDate}</time>
        </p>
      </div>
      {items.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">{items}</ul>
      ) : (
        <p className="text-sm text-slate-700">
          {plan.phase === 'study' || plan.phase === 'final-days'
            ? 'Nothing left for today. Well done.'
            : 'No study planned today.'}
        </p>
      )}
      <p className={`rounded-lg px-3 py-2 text-sm ring-1 ${PACE_STYLE[plan.pace.status]}`}>
        {paceLabel ? <strong className="font-semibold">{paceLabel}. </strong> : null}
        {plan.pace.reason}
      </p>
      <p className="text-xs text-slate-600">The plan is made again each day from what you did.</p>
    </section>
  );
}
