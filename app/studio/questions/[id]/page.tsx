import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuestionCaseForm } from '@/components/studio/case-study-forms';
import { ProvenanceCard } from '@/components/studio/provenance-card';
import { QuestionEditor } from '@/components/studio/question-editor';
import { QuestionStatusForm } from '@/components/studio/question-status-form';
import { ResolveReportForm } from '@/components/studio/resolve-report-form';
import { Card, formatTime, StatusPill } from '@/components/studio/ui';
import { VersionHistory } from '@/components/studio/version-history';
import { Alert } from '@/components/ui/alert';
import { idParamSchema, type PageSearchParams } from '@/lib/validation/search-params';
import { editorPageQuerySchema } from '@/lib/validation/studio';
import { readQuestionProvenance } from '@/server/ai/provenance';
import { requireRole } from '@/server/auth/session';
import { caseStudyIdOf, listCaseStudies } from '@/server/studio/case-studies';
import { StudioError } from '@/server/studio/errors';
import { getEditorExam, getEditorQuestion, listVersions } from '@/server/studio/question-reads';
import { listReportQueue } from '@/server/studio/reports';

export const metadata: Metadata = { title: 'Edit question' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const parsedId = idParamSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const questionId = parsedId.data;
  const user = await requireRole(['moderator'], `/studio/questions/${questionId}`);
  const question = await getEditorQuestion(user, questionId).catch((error: unknown) => {
    if (error instanceof StudioError) notFound();
    throw error;
  });
  const [exam, versions, reports, provenance, cases, caseStudyId] = await Promise.all([
    getEditorExam(user, question.examId),
    listVersions(user, questionId),
    listReportQueue(user, 'open', questionId),
    readQuestionProvenance(user, questionId),
    listCaseStudies(user, question.examId),
    caseStudyIdOf(user, questionId),
  ]);
  const query = editorPageQuerySchema.safeParse(await searchParams);
  const { saved, version: savedVersion } = query.success
    ? query.data
    : { saved: undefined, version: undefined };
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500">
            <Link
              href={`/studio/questions?exam=${exam.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {exam.title}
            </Link>{' '}
            · question #{question.id}
            {question.title ? ` · ${question.title}` : ''}
          </p>
          <h1 className="mt-1 flex items-center gap-3 text-3xl font-bold tracking-tight">
            Edit question <StatusPill status={question.status} />
          </h1>
          <p className="mt-1 text-slate-600">
            Version {question.currentVersion}. Saving writes a new version; attempts keep the version they
            showed.
          </p>
        </div>
        <QuestionStatusForm questionId={question.id} status={question.status} />
      </header>
      {saved === '1' ? <Alert tone="success">Question created.</Alert> : null}
      {/* The editor remounts on a new version (it is keyed by it), so its own message would vanish; the URL carries it. */}
      {saved === 'version' && savedVersion === question.currentVersion ? (
        <Alert tone="success">Saved as version {question.currentVersion}.</Alert>
      ) : null}
      {question.status === 'retired' ? (
        <Alert tone="info">
          This question is retired: it is never drawn into new attempts, and past results still show it.
        </Alert>
      ) : null}
      {reports.length > 0 ? (
        <Card title={`Open reports (${reports.length})`}>
          <ul className="space-y-4">
            {reports.map((report) => (
              <li key={report.id} className="rounded-lg border border-amber-200 bg-amber-50/40 p-3">
                <ResolveReportForm report={{ ...report, createdLabel: formatTime(report.createdAt) }} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {provenance ? <ProvenanceCard provenance={provenance} /> : null}
      <QuestionEditor
        key={question.currentVersion}
        examId={question.examId}
        objectives={exam.objectives}
        questionId={question.id}
        baseVersion={question.currentVersion}
        initial={question.content}
        usedOptionIds={question.usedOptionIds}
      />
      <Card title="Case study">
        <p className="mb-3 text-sm text-slate-600">
          A question of a case study refers to its shared scenario; a mock draws the case&apos;s questions
          together. Changing this writes no new version.{' '}
          <Link
            href={`/studio/exams/${exam.id}/cases`}
            className="font-medium text-brand-700 hover:underline"
          >
            Manage case studies
          </Link>
        </p>
        <QuestionCaseForm questionId={question.id} caseStudyId={caseStudyId} choices={cases} />
      </Card>
      <Card title="History">
        <VersionHistory
          questionId={question.id}
          current={question.currentVersion}
          entries={versions.map((v) => ({
            version: v.version,
            authorName: v.authorName,
            createdAt: formatTime(v.createdAt),
            source: v.source,
            restoredFrom: v.restoredFrom,
            changes: v.changes,
          }))}
        />
      </Card>
    </div>
  );
}
