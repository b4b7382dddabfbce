import Link from 'next/link';
import { formatStudyTime } from '@/lib/progress/study-time';
import type { DashboardView } from '@/lib/progress/views';

/** The learner-wide figures: streak, study time, and today's reviews with "Review now". */
export function DashboardSummary({ view }: { view: DashboardView }) {
  const { streak } = view;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-4">
        <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Study streak</dt>
        <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">
          {streak.days} {streak.days === 1 ? 'day' : 'days'}
        </dd>
        <dd className="text-xs text-slate-500">
          {streak.studiedToday
            ? 'You studied today.'
            : streak.days > 0
              ? 'Study today to keep it going.'
              : 'Answer a question today to start one.'}
        </dd>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white px-5 py-4">
        <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Study time</dt>
        <dd className="mt-1 text-2xl font-semibold text-slate-900">{formatStudyTime(view.studyTimeMs)}</dd>
        <dd className="text-xs text-slate-500">Time on answers and reviews, up to 10 minutes each.</dd>
      </div>
      <div className="rounded-xl border border-brand-100 bg-brand-50 px-5 py-4">
        <dt className="text-xs font-medium tracking-wide text-brand-900 uppercase">Reviews due today</dt>
        <dd className="mt-1 flex items-center justify-between gap-3">
          <span className="text-2xl font-semibold text-brand-900 tabular-nums">{view.dueToday}</span>
          {view.dueToday > 0 ? (
            <Link
              href="/review"
              className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              Review now
            </Link>
          ) : null}
        </dd>
        <dd className="text-xs text-brand-900">
          {view.dueToday > 0
            ? 'Questions you missed or are due to forget.'
            : 'Nothing due. Come back tomorrow.'}
        </dd>
      </div>
    </dl>
  );
}
