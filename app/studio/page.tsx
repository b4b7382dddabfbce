import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusPill } from '@/components/studio/ui';
import { ButtonLink } from '@/components/ui/button-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';

export const metadata: Metadata = { title: 'Studio' };

export default async function StudioHomePage() {
  const user = await requireRole(['moderator'], '/studio');
  const exams = await listStudioExams(user);
  return (
    <Page
      title="Exams"
      description="Every exam of the bank, drafts included. Drafts are invisible to learners."
      actions={<ButtonLink href="/studio/exams/new">New exam</ButtonLink>}
    >
      <DataTable
        caption="Exams"
        rows={exams}
        rowKey={(e) => e.id}
        empty={
          <EmptyState title="No exams yet">
            Create the first exam, add its objectives, then write or import questions.
          </EmptyState>
        }
        columns={[
          {
            header: 'Exam',
            rowHeader: true,
            cell: (e) => (
              <>
                <Link
                  href={`/studio/exams/${e.id}`}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {e.title}
                </Link>
                <span className="block text-xs text-slate-500">
                  {e.code} · {e.vendor}
                </span>
              </>
            ),
          },
          { header: 'Status', cell: (e) => <StatusPill status={e.status} /> },
          {
            header: 'Active questions',
            className: 'text-slate-700',
            cell: (e) => (
              <>
                {e.activeQuestions.toLocaleString('en-US')}{' '}
                <span className="text-slate-500">/ {e.totalQuestions.toLocaleString('en-US')}</span>
              </>
            ),
          },
          { header: 'Open reports', className: 'text-slate-700', cell: (e) => e.openReports },
          {
            header: 'Weights',
            cell: (e) => (
              <span className={e.weightSum === 100 ? 'text-slate-700' : 'font-semibold text-amber-700'}>
                {e.weightSum}%
              </span>
            ),
          },
          {
            header: 'Links',
            hideHeader: true,
            align: 'right',
            className: 'space-x-3 whitespace-nowrap',
            cell: (e) => (
              <>
                <Link
                  href={`/studio/questions?exam=${e.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  Questions
                </Link>
                <Link
                  href={`/studio/exams/${e.id}/statistics`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  Statistics
                </Link>
              </>
            ),
          },
        ]}
      />
    </Page>
  );
}
