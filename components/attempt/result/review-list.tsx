import Link from 'next/link';
import { Explanation, References } from '@/components/question/explanation';
import { ReportQuestionButton } from '@/components/studio/report-question-button';
import { EmptyState } from '@/components/ui/empty-state';
import { WithExhibits } from '@/components/question/with-exhibits';
import { optionLetter } from '@/lib/exam/answers';
import { filterReview, type ReviewFilter } from '@/lib/exam/review';
import { formatSpan } from '@/lib/exam/timing';
import type { CaseStudyView, ReviewItem } from '@/lib/exam/views';
import { ScenarioButton } from '../case-study';
import { RichText } from '../rich-text';
import { StructuredReview } from './structured-review';

const FILTERS: { value: ReviewFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'wrong', label: 'Wrong' },
  { value: 'flagged', label: 'Flagged' },
];

/** Every question with the learner's answer next to the key, the explanation and references. */
export function ReviewList({
  items,
  filter,
  basePath,
  caseStudies = [],
}: {
  items: ReviewItem[];
  filter: ReviewFilter;
  basePath: string;
  caseStudies?: CaseStudyView[];
}) {
  const shown = filterReview(items, filter);
  const counts = {
    all: items.length,
    wrong: filterReview(items, 'wrong').length,
    flagged: filterReview(items, 'flagged').length,
  };
  return (
    <section aria-labelledby="review-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="review-heading" className="text-lg font-semibold">
          Review
        </h2>
        <nav aria-label="Filter the review">
          <ul className="flex rounded-lg bg-slate-100 p-1 text-sm font-medium">
            {FILTERS.map((f) => {
              const current = f.value === filter;
              return (
                <li key={f.value}>
                  <Link
                    href={
                      f.value === 'all'
                        ? `${basePath}#review-heading`
                        : `${basePath}?filter=${f.value}#review-heading`
                    }
                    aria-current={current ? 'page' : undefined}
                    scroll={false}
                    className={`block rounded-md px-3 py-1.5 ${current ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
                  >
                    {f.label} <span className="text-slate-600 tabular-nums">({counts[f.value]})</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
      {shown.length === 0 ? (
        <EmptyState>
          {filter === 'wrong'
            ? 'No wrong answers. Every question was answered correctly.'
            : 'No question was flagged in this attempt.'}
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Questions">
          {shown.map((item) => (
            <ReviewCard
              key={item.position}
              item={item}
              caseStudy={caseStudies.find((c) => c.id === item.caseStudyId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function ReviewCard({ item, caseStudy }: { item: ReviewItem; caseStudy: CaseStudyView | undefined }) {
  const status = !item.answered
    ? { label: 'Not answered', className: 'bg-slate-100 text-slate-700' }
    : item.correct
      ? { label: 'Correct', className: 'bg-emerald-100 text-emerald-800' }
      : item.score > 0
        ? {
            label: `Partly correct (${Math.floor(item.score * 100 + 1e-9)}%)`,
            className: 'bg-amber-100 text-amber-900',
          }
        : { label: 'Incorrect', className: 'bg-red-100 text-red-800' };
  const headingId = `review-q-${item.position}`;
  return (
    <li>
      <article
        aria-labelledby={headingId}
        className={`rounded-xl border bg-white shadow-sm ${item.correct ? 'border-slate-200' : 'border-red-200'}`}
      >
        <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-5 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={headingId} className="text-sm font-semibold text-slate-900">
              Question {item.position + 1}
            </h3>
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${status.className}`}>
              {status.label}
            </span>
            {item.flagged ? (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                Flagged
              </span>
            ) : null}
          </div>
          <p className="text-xs text-slate-500">
            {item.objective ? `${item.objective.code} ${item.objective.title}` : null}
            {item.timeSpentMs >= 1000 ? ` · ${formatSpan(item.timeSpentMs)} on it` : null}
          </p>
        </header>
        <div className="space-y-4 px-5 py-4">
          {caseStudy ? (
            <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-brand-50 px-3 py-2">
              <p className="text-sm font-semibold text-slate-900">Case study: {caseStudy.title}</p>
              <ScenarioButton caseStudy={caseStudy} />
            </div>
          ) : null}
          <WithExhibits exhibits={item.exhibits ?? []} idBase={`review-q-${item.position}-exhibits`}>
            <div className="space-y-4">
              <RichText text={item.stem} className="text-slate-900" />
              {item.structured ? (
                <StructuredReview item={{ ...item, structured: item.structured }} />
              ) : (
                <ul className="space-y-2" aria-label="Options">
                  {item.options.map((o, i) => {
                    const tone = o.correct
                      ? 'border-emerald-300 bg-emerald-50'
                      : o.chosen
                        ? 'border-red-300 bg-red-50'
                        : 'border-slate-200';
                    const label = [o.correct ? 'correct answer' : null, o.chosen ? 'your answer' : null]
                      .filter(Boolean)
                      .join(', ');
                    return (
                      <li
                        key={o.id}
                        className={`flex items-start gap-3 rounded-lg border px-3 py-2 text-sm ${tone}`}
                        aria-label={label ? `${optionLetter(i)}: ${label}` : undefined}
                      >
                        <span
                          aria-hidden
                          className="grid h-6 w-6 shrink-0 place-items-center rounded-md bg-white text-xs font-bold text-slate-600 ring-1 ring-slate-200"
                        >
                          {optionLetter(i)}
                        </span>
                        <RichText text={o.text} className="min-w-0 flex-1 text-slate-800" />
                        <span className="flex shrink-0 flex-col items-end gap-1">
                          {o.correct ? (
                            <span className="rounded bg-emerald-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                              Correct answer
                            </span>
                          ) : null}
                          {o.chosen ? (
                            <span
                              className={`rounded px-1.5 py-0.5 text-xs font-semibold text-white ${o.correct ? 'bg-brand-700' : 'bg-red-700'}`}
                            >
                              Your answer
                            </span>
                          ) : null}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
              <Explanation
                text={item.explanation}
                heading="h4"
                className="rounded-lg bg-slate-50 px-4 py-3"
              />
              <References references={item.references} heading="h4" />
            </div>
          </WithExhibits>
          <div className="border-t border-slate-100 pt-3">
            <ReportQuestionButton questionId={item.questionId} questionVersionId={item.questionVersionId} />
          </div>
        </div>
      </article>
    </li>
  );
}
