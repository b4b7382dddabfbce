import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { modeLabel } from '@/components/attempt/mode-badge';
import { ForgetLocalAttempt } from '@/components/attempt/result/forget-local-attempt';
import { ObjectiveBreakdown } from '@/components/attempt/result/objective-breakdown';
import { PracticeMistakesButton } from '@/components/attempt/result/practice-mistakes-button';
import { ReviewList } from '@/components/attempt/result/review-list';
import { ScoreSummary } from '@/components/attempt/result/score-summary';
import { PercentileLine } from '@/components/progress/percentile-line';
import { ButtonLink } from '@/components/ui/button-link';
import { resultPageQuerySchema } from '@/lib/validation/attempts';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { getCurrentUser, requireUser } from '@/server/auth/session';
import { percentileOfAttempt } from '@/server/percentile/queries';
import { lookUpResult, NOT_FOUND_TITLE } from '../lookups';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const lookup = await lookUpResult((await params).id);
  if (lookup === null) return { title: NOT_FOUND_TITLE };
  if (lookup === 'anonymous') return { title: 'Sign in to continue' };
  const exam = lookup.state === 'open' ? lookup.head.exam : lookup.result.exam;
  return { title: `Result · ${exam.title}` };
}

export default async function AttemptResultPage({ params, searchParams }: Props) {
  await connection();
  const rawId = (await params).id;
  // Opened after the deadline, this closes the attempt first: the result is there.
  const lookup = await lookUpResult(rawId);
  if (lookup === null) notFound();
  if (lookup === 'anonymous') {
    await requireUser(`/attempts/${rawId}/result`);
    notFound();
  }
  if (lookup.state === 'open') redirect(`/attempts/${lookup.head.id}`);
  const { result } = lookup;
  // An unknown filter shows every question.
  const query = resultPageQuerySchema.safeParse(await searchParams);
  const filter = query.success ? query.data.filter : 'all';
  // Mocks only (undefined for anything else): where this score stands among other learners.
  const percentile =
    result.status !== 'submitted'
      ? undefined
      : lookup.percentile
        ? lookup.percentile.betterThan
        : await percentileOfAttempt(await getCurrentUser(), result.id, new Date());

  return (
    <article className="space-y-8">
      <ForgetLocalAttempt attemptId={result.id} />
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/history" className="hover:text-brand-700">
          History
        </Link>{' '}
        <span aria-hidden>/</span>{' '}
        <Link href={`/exams/${result.exam.slug}`} className="hover:text-brand-700">
          {result.exam.code}
        </Link>{' '}
        <span aria-hidden>/</span> Result
      </nav>
      <header className="space-y-1">
        <p className="text-sm font-semibold text-brand-700">
          {modeLabel(result.mode, result.diagnostic)} result
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{result.exam.title}</h1>
      </header>

      {result.status === 'abandoned' ? (
        <div className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
          <h2 className="text-lg font-semibold">This attempt was abandoned</h2>
          <p className="mt-2 text-sm text-slate-600">
            Abandoned attempts are not scored. Start a new one whenever you are ready.
          </p>
          <div className="mt-5 flex justify-center gap-3">
            <ButtonLink href={`/exams/${result.exam.slug}`}>Start again</ButtonLink>
            <ButtonLink href="/history" variant="secondary">
              Back to history
            </ButtonLink>
          </div>
        </div>
      ) : (
        <>
          <ScoreSummary result={result} />
          {percentile === undefined ? null : <PercentileLine betterThan={percentile} explainHidden />}
          <div className="flex flex-wrap items-start gap-3">
            {result.mistakesAvailable > 0 ? (
              <PracticeMistakesButton attemptId={result.id} count={result.mistakesAvailable} />
            ) : null}
            <ButtonLink href={`/exams/${result.exam.slug}`} variant="secondary">
              {result.mode === 'mock' ? 'Take another mock exam' : 'Practice more'}
            </ButtonLink>
            <ButtonLink href="/history" variant="secondary">
              All attempts
            </ButtonLink>
          </div>
          <ObjectiveBreakdown objectives={result.byObjective} target={result.passingScore} />
          <ReviewList
            items={result.items}
            filter={filter}
            basePath={`/attempts/${result.id}/result`}
            caseStudies={result.caseStudies}
          />
        </>
      )}
    </article>
  );
}
