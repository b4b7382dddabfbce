import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseStudyForm } from '@/components/studio/case-study-forms';
import { Card, formatTime, StatusPill } from '@/components/studio/ui';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { idParamSchema } from '@/lib/validation/search-params';
import { requireRole } from '@/server/auth/session';
import { listCaseStudies } from '@/server/studio/case-studies';
import { StudioError } from '@/server/studio/errors';
import { getStudioExam } from '@/server/studio/exams';

export const metadata: Metadata = { title: 'Case studies' };

export default async function ExamCaseStudiesPage({ params }: { params: Promise<{ id: string }> }) {
  const parsedId = idParamSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await requireRole(['moderator'], `/studio/exams/${id}/cases`);
  const [exam, cases] = await Promise.all([
    getStudioExam(user, id).catch((error: unknown) => {
      if (error instanceof StudioError) notFound();
      throw error;
    }),
    listCaseStudies(user, id),
  ]);
  return (
    <Page
      title="Case studies"
      description={
        <>
          <Link href={`/studio/exams/${exam.id}`} className="font-medium text-brand-700 hover:underline">
            {exam.title}
          </Link>
          {' · '}A shared scenario several questions refer to; a mock draws its questions together as a
          section.
        </>
      }
    >
      <DataTable
        caption={`Case studies of ${exam.title}`}
        rows={cases}
        rowKey={(c) => c.id}
        empty={
          <EmptyState title="No case studies yet">
            Create one below, then add questions to it from its page or from a question&apos;s page.
          </EmptyState>
        }
        columns={[
          {
            header: 'Title',
            rowHeader: true,
            cell: (c) => (
              <Link href={`/studio/cases/${c.id}`} className="font-medium text-brand-700 hover:underline">
                {c.title}
              </Link>
            ),
          },
          { header: 'Status', cell: (c) => <StatusPill status={c.status} /> },
          { header: 'Questions', align: 'right', cell: (c) => c.questions },
          { header: 'Updated', cell: (c) => formatTime(c.updatedAt) },
        ]}
      />
      <Card title="New case study">
        <CaseStudyForm value={{ examId: exam.id, title: '', scenario: '', status: 'draft', exhibits: [] }} />
      </Card>
    </Page>
  );
}
