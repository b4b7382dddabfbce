import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportCard } from '@/components/studio/report-card';
import { ResolveReportForm } from '@/components/studio/resolve-report-form';
import { formatTime, StatusPill } from '@/components/studio/ui';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { REPORT_QUEUE_TABS, reportQueuePageQuerySchema, reportReasonLabel } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listReportQueue } from '@/server/studio/reports';

export const metadata: Metadata = { title: 'Reports' };

const TABS = REPORT_QUEUE_TABS;

export default async function ReportsQueuePage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>;
}) {
  const user = await requireRole(['moderator'], '/studio/reports');
  // An unknown tab is "open".
  const query = reportQueuePageQuerySchema.safeParse(await searchParams);
  const status = query.success ? query.data.status : 'open';
  const reports = await listReportQueue(user, status);
  return (
    <Page
      title="Learner reports"
      description="Problems learners found in questions. Open the question, fix it, then resolve or dismiss with a reply the learner sees."
    >
      <nav aria-label="Report status" className="flex gap-2">
        {TABS.map((tab) => (
          <Link
            key={tab}
            href={`/studio/reports?status=${tab}`}
            aria-current={tab === status ? 'page' : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm font-medium capitalize ${tab === status ? 'bg-slate-900 text-white' : 'bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50'}`}
          >
            {tab}
          </Link>
        ))}
      </nav>
      {reports.length === 0 ? (
        <EmptyState title={status === 'open' ? 'No open reports' : `No ${status} reports`}>
          {status === 'open' ? 'Nice: nothing is waiting for a moderator.' : null}
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {reports.map((report) => (
            <ReportCard
              key={report.id}
              context={`${report.examTitle} · question #${report.questionId}`}
              stem={report.stem}
              aside={
                <div className="flex items-center gap-2">
                  <StatusPill status={report.status} />
                  <Link
                    href={`/studio/questions/${report.questionId}`}
                    className="text-sm font-semibold text-brand-700 hover:underline"
                  >
                    Open in editor →
                  </Link>
                </div>
              }
            >
              {report.status === 'open' ? (
                <ResolveReportForm report={{ ...report, createdLabel: formatTime(report.createdAt) }} />
              ) : (
                <div className="space-y-1 text-sm text-slate-700">
                  <p>
                    <span className="font-medium">{reportReasonLabel(report.reason)}</span> ·{' '}
                    {report.reporter} · {formatTime(report.createdAt)}
                  </p>
                  {report.details ? <p className="whitespace-pre-wrap">“{report.details}”</p> : null}
                  <p className="rounded-lg bg-slate-50 p-2">
                    <span className="font-medium">
                      Reply{report.resolvedBy ? ` by ${report.resolvedBy}` : ''}:
                    </span>{' '}
                    {report.reply}
                  </p>
                </div>
              )}
            </ReportCard>
          ))}
        </ul>
      )}
    </Page>
  );
}
