import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseStudyForm, QuestionCaseForm, RemoveFromCaseButton } from '@/components/studio/case-study-forms';
import { Card, StatusPill } from '@/components/studio/ui';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { markdownToPlainText } from '@/lib/markdown/plain-text';
import { idParamSchema, type PageSearchParams } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { getCaseStudy } from '@/server/studio/case-studies';
import { StudioError } from '@/server/studio/errors';

export const metadata: Metadata = { title: 'Case study' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}

export default async function CaseStudyPage({ params, searchParams }: Props) {
  const parsedId = idParamSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await requireRole(['moderator'], `/studio/cases/${id}`);
  const caseStudy = await getCaseStudy(user, id).catch((error: unknown) => {
    if (error instanceof StudioError) notFound();
    throw error;
  });
  const created = (await searchParams).saved === '1';
  return (
    <Page
      title={
        <span className="flex flex-wrap items-center gap-3">
          {caseStudy.title} <StatusPill status={caseStudy.status} />
        </span>
      }
      description={
        <>
          <Link
            href={`/studio/exams/${caseStudy.exam.id}/cases`}
            className="font-medium text-brand-700 hover:underline"
          >
            Case studies of {caseStudy.exam.title}
          </Link>
          {' · '}
          {caseStudy.questions} question{caseStudy.questions === 1 ? '' : 's'}
        </>
      }
    >
      {created ? <Alert tone="success">Case study created. Add its questions below.</Alert> : null}
      {caseStudy.status !== 'published' ? (
        <Alert tone="info">
          This case study is {caseStudy.status}: neither it nor its questions are drawn into attempts until it
          is published.
        </Alert>
      ) : null}
      <Card title="Scenario">
        <CaseStudyForm
          key={caseStudy.updatedAt}
          value={{
            id: caseStudy.id,
            examId: caseStudy.examId,
            title: caseStudy.title,
            scenario: caseStudy.scenario,
            status: caseStudy.status,
            exhibits: caseStudy.exhibits,
          }}
        />
      </Card>
      <Card title="Questions">
        <div className="space-y-4">
          <DataTable
            caption={`Questions of ${caseStudy.title}`}
            variant="inset"
            rows={caseStudy.members}
            rowKey={(q) => q.id}
            empty={
              <EmptyState title="No questions yet">
                Add questions of this exam by their number, or choose this case study on a question&apos;s
                page. A mock shows them together, in this order.
              </EmptyState>
            }
            columns={[
              {
                header: 'Question',
                rowHeader: true,
                cell: (q) => (
                  <Link
                    href={`/studio/questions/${q.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    #{q.id}
                    {q.title ? ` ${q.title}` : ''}
                  </Link>
                ),
              },
              {
                header: 'Stem',
                className: 'text-slate-700',
                cell: (q) => markdownToPlainText(q.stem, 90),
              },
              { header: 'Objective', cell: (q) => q.objective },
              {
                header: 'Status',
                cell: (q) => (
                  <StatusPill
                    status={q.active ? 'active' : 'retired'}
                    label={q.active ? 'active' : 'inactive'}
                  />
                ),
              },
              {
                header: 'Actions',
                hideHeader: true,
                cell: (q) => <RemoveFromCaseButton questionId={q.id} />,
              },
            ]}
          />
          <div className="border-t border-slate-100 pt-4">
            <QuestionCaseForm caseStudyId={caseStudy.id} label="Add question" />
          </div>
        </div>
      </Card>
    </Page>
  );
}
