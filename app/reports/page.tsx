import type { Metadata } from 'next';
import { ReportCard } from '@/components/studio/report-card';
import { formatTime, StatusPill } from '@/components/studio/ui';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { reportReasonLabel } from '@/lib/validation/studio';
import { requireUser } from '@/server/auth/session';
import { listMyReports } from '@/server/studio/reports';

export const metadata: Metadata = { title: 'My reports' };

export default async function MyReportsPage() {
  const user = await requireUser('/reports');
  const reports = await listMyReports(user);
  return (
    <Page title="My reports" description="Problems you reported in questions, and the moderators’ replies.">
      {reports.length === 0 ? (
        <EmptyState title="No reports yet">
          Found a wrong answer or a typo? Use “Report a problem” under the question in practice feedback or in
          your results.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {reports.map((r) => (
            <ReportCard
              key={r.id}
              context={`${r.examTitle} · reported ${formatTime(r.createdAt)}`}
              stem={r.stem}
              aside={
                <StatusPill
                  status={r.status}
                  label={r.status === 'open' ? 'waiting for a moderator' : r.status}
                />
              }
            >
              <p className="text-sm text-slate-700">
                <span className="font-medium">{reportReasonLabel(r.reason)}</span>
                {r.details ? ` — “${r.details}”` : ''}
              </p>
              {r.reply ? (
                <p className="rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
                  <span className="font-semibold">Moderator’s reply:</span> {r.reply}
                </p>
              ) : null}
            </ReportCard>
          ))}
        </ul>
      )}
    </Page>
  );
}
