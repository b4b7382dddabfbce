import Link from 'next/link';
import { pluralize } from '@/lib/format';
import { formatStudyTime } from '@/lib/progress/study-time';
import type { ExamProgressView } from '@/lib/progress/views';
import { MasteryList } from './mastery-list';
import { TodayPlan } from '@/components/study-plan/today-plan';
import { ReadinessCard } from './readiness-card';
import { ScoreHistory } from './score-history';
import { PercentileLine } from './percentile-line';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">{value}</dd>
      {detail ? <dd className="text-xs text-slate-500">{detail}</dd> : null}
    </div>
  );
}

/** Everything about one exam: readiness, figures, mastery and history. */
export function ExamProgressSection({ exam, timeZone }: { exam: ExamProgressView; timeZone: string }) {
  const headingId = `exam-${exam.slug}`;
  const seenShare = exam.bankSize === 0 ? 0 : Math.round((exam.seen / exam.bankSize) * 100);
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-bold tracking-tight text-slate-900">
          <span className="mr-2 font-mono text-sm font-semibold text-brand-700">{exam.code}</span>
          {exam.title}
        </h2>
        <Link href={`/exams/${exam.slug}`} className="text-sm font-medium text-brand-700 hover:underline">
          Mock exam or practice →
        </Link>
      </div>
      {exam.plan ? (
        <TodayPlan plan={exam.plan} examSlug={exam.slug} />
      ) : (
        <p className="text-sm text-slate-700">
          <Link href={`/exams/${exam.slug}#exam-date`} className="font-medium text-brand-700 hover:underline">
            Set your exam date
          </Link>{' '}
          and this page plans each day for you.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <ReadinessCard
            readiness={exam.readiness}
            passingScore={exam.passingScore}
            examQuestionCount={exam.examQuestionCount}
          />
          {exam.percentile === null ? null : (
            <div className="mt-3">
              <PercentileLine betterThan={exam.percentile} />
            </div>
          )}
        </div>
        <dl className="grid grid-cols-2 gap-3 lg:col-span-2">
          <Figure
            label="Questions seen"
            value={`${exam.seen} / ${exam.bankSize}`}
            detail={`${seenShare}% of the bank`}
          />
          <Figure
            label="Answers"
            value={exam.answered.toLocaleString('en-US')}
            detail={pluralize(exam.reviews, 'review')}
          />
          <Figure label="Study time" value={formatStudyTime(exam.studyTimeMs)} />
          <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Due today</dt>
            <dd className="mt-1 text-xl font-semibold text-slate-900 tabular-nums">{exam.dueToday}</dd>
            <dd>
              {exam.dueToday > 0 ? (
                <Link
                  href={`/review?exam=${exam.slug}`}
                  className="text-xs font-medium text-brand-700 hover:underline"
                >
                  Review this exam
                </Link>
              ) : (
                <span className="text-xs text-slate-500">All caught up</span>
              )}
            </dd>
          </div>
        </dl>
      </div>
      <MasteryList examSlug={exam.slug} objectives={exam.objectives} />
      <ScoreHistory
        history={exam.history}
        passingScore={exam.passingScore}
        examTitle={exam.title}
        timeZone={timeZone}
      />
    </section>
  );
}
