import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { after, connection } from 'next/server';
import { SignInToStart } from '@/components/attempt/sign-in-to-start';
import { StartPanel } from '@/components/attempt/start-panel';
import { DiagnosticOffer } from '@/components/attempt/diagnostic-offer';
import { ExamDateForm } from '@/components/study-plan/exam-date-form';
import { ObjectivesTable } from '@/components/catalog/objectives-table';
import { Badge } from '@/components/ui/badge';
import { Stat } from '@/components/ui/stat';
import { formatDuration } from '@/lib/format';
import { slugParamSchema } from '@/lib/validation/search-params';
import { listOpenAttempts } from '@/server/attempts/history';
import { warmQuestionPool } from '@/server/attempts/mock-plan';
import { diagnosticOfferFor } from '@/server/attempts/diagnostic';
import { getCurrentUser } from '@/server/auth/session';
import { publishedExam } from '@/server/catalog/public-cache';
import { listExamTargets } from '@/server/study-plan/targets';

interface Props {
  params: Promise<{ slug: string }>;
}

/** The exam of a slug-shaped param; anything else (too long, upper case, spaces) is not found without a query. */
async function examOf(params: Props['params']) {
  const slug = slugParamSchema.safeParse((await params).slug);
  return slug.success ? publishedExam(slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const exam = await examOf(params);
  return { title: exam ? exam.title : 'Exam not found' };
}

export default async function ExamDetailPage({ params }: Props) {
  await connection();
  const exam = await examOf(params);
  if (!exam) notFound();
  const user = await getCurrentUser();
  const now = new Date();
  // The learner's reads go out together (one round-trip time against a remote primary).
  const [openAttempts, targets, diagnostic] = user
    ? await Promise.all([
        listOpenAttempts(user, exam.id, now),
        listExamTargets(user.id),
        diagnosticOfferFor(user.id, exam),
      ])
    : [[], null, null];
  const target = targets?.get(exam.id);
  // A learner on an exam page is about to start: have its question pool ready (after the response).
  if (user) after(() => warmQuestionPool(exam.id));
  // The diagnostic leads the page on a learner's first visit, and stays offered below after it.
  return (
    <article className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/exams" className="hover:text-brand-700">
          Exams
        </Link>{' '}
        <span aria-hidden>/</span> {exam.code}
      </nav>
      <header className="space-y-3">
        <div className="flex items-center gap-3">
          <Badge>{exam.code}</Badge>
          <span className="text-sm text-slate-500">{exam.vendor}</span>
        </div>
        <h1 className="text-3xl font-bold tracking-tight">{exam.title}</h1>
        <p className="max-w-3xl text-slate-600">{exam.description}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Duration" value={formatDuration(exam.durationMinutes)} />
        <Stat label="Questions" value={String(exam.questionCount)} />
        <Stat label="Passing score" value={`${exam.passingScore}%`} />
        <Stat label="Question bank" value={exam.bankSize.toLocaleString('en-US')} />
      </dl>
      {diagnostic?.firstVisit ? <DiagnosticOffer {...diagnostic} /> : null}
      {user ? (
        <section
          id="exam-date"
          aria-label="Exam date"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <ExamDateForm examSlug={exam.slug} examDate={target?.examDate ?? null} />
        </section>
      ) : null}
      {user ? (
        <StartPanel
          now={now.getTime()}
          openAttempts={openAttempts}
          exam={{
            slug: exam.slug,
            questionCount: exam.questionCount,
            durationMinutes: exam.durationMinutes,
            passingScore: exam.passingScore,
            bankSize: exam.bankSize,
            objectives: exam.objectives.map((o) => ({
              code: o.code,
              title: o.title,
              questionCount: o.questionCount,
            })),
          }}
        />
      ) : (
        <SignInToStart slug={exam.slug} />
      )}
      {diagnostic && !diagnostic.firstVisit ? <DiagnosticOffer {...diagnostic} /> : null}
      <section aria-labelledby="objectives" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="objectives" className="text-lg font-semibold">
          Exam objectives
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Mock exams draw questions in proportion to these weights, just like the real exam blueprint.
        </p>
        <div className="mt-4">
          <ObjectivesTable objectives={exam.objectives} />
        </div>
      </section>
    </article>
  );
}
