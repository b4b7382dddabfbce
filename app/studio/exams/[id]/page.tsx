import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExamForm, ObjectiveRowForm, PublishForm } from '@/components/studio/exam-forms';
import { Card, StatusPill } from '@/components/studio/ui';
import { Page } from '@/components/ui/page-header';
import { idParamSchema } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { StudioError } from '@/server/studio/errors';
import { getStudioExam } from '@/server/studio/exams';

export const metadata: Metadata = { title: 'Exam' };

export default async function StudioExamPage({ params }: { params: Promise<{ id: string }> }) {
  // An id that is not a positive whole number ("abc", "1e400", "-1") is not found.
  const parsedId = idParamSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await requireRole(['moderator'], `/studio/exams/${id}`);
  const exam = await getStudioExam(user, id).catch((error: unknown) => {
    if (error instanceof StudioError) notFound();
    throw error;
  });
  return (
    <Page
      title={exam.title}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <StatusPill status={exam.status} /> {exam.code} · {exam.activeQuestions} active questions ·{' '}
          <Link
            href={`/studio/questions?exam=${exam.id}`}
            className="font-medium text-brand-700 hover:underline"
          >
            questions
          </Link>{' '}
          ·{' '}
          <Link
            href={`/studio/exams/${exam.id}/cases`}
            className="font-medium text-brand-700 hover:underline"
          >
            case studies
          </Link>{' '}
          ·{' '}
          <Link
            href={`/studio/exams/${exam.id}/statistics`}
            className="font-medium text-brand-700 hover:underline"
          >
            statistics
          </Link>
        </span>
      }
    >
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card title="Details">
          <ExamForm exam={exam} />
        </Card>
        <Card title="Publishing">
          <PublishForm examId={exam.id} status={exam.status} weightSum={exam.weightSum} />
        </Card>
      </div>
      <Card title={`Objectives (weights sum to ${exam.weightSum}%)`}>
        <div className="space-y-3">
          <div className="hidden gap-2 text-xs font-medium tracking-wide text-slate-500 uppercase sm:grid sm:grid-cols-[6rem_1fr_6rem_auto]">
            <span>Code</span>
            <span>Title</span>
            <span>Weight %</span>
            <span />
          </div>
          {exam.objectives.map((o) => (
            <ObjectiveRowForm key={`${o.id}-${o.code}-${o.weight}`} examId={exam.id} objective={o} />
          ))}
          <div className="border-t border-slate-100 pt-3">
            <p className="mb-2 text-sm font-medium text-slate-700">Add an objective</p>
            <ObjectiveRowForm examId={exam.id} />
          </div>
        </div>
      </Card>
    </Page>
  );
}
