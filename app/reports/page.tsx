import type { Metadata } from 'next';
import { formatTime, StatusPill } from '@/components/studio/ui';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { reportReasonLabel } from '@/lib/validation/studio';
import { requireUser } from '@/server/auth/session';
import { listMyReports } from '@/server/studio/reports';

export const metadata: Metadata = { title: 'My reports' };

export default async function MyReportsPage() {
  const user = await requireUser('/reports');
  const reports = await listMyReports(user);
  return (
    <div className="space-y-6">
      <PageHeader
        title="My reports"
        description="Problems you reported in questions, and the moderators’ replies."
      />
      {reports.length === 0 ? (
        <EmptyState title="No reports yet">
          Found a wrong answer or a typo? Use “Report a problem” under the question in practice feedback or in
          your results.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="text-xs text-slate-500">
                    {r.examTitle} · reported {formatTime(r.createdAt)}
                  </p>
                  <p className="mt-1 line-clamp-2 text-sm font-medium text-slate-900">{r.stem}</p>
                </div>
                <StatusPill
                  status={r.status}
                  label={r.status === 'open' ? 'waiting for a moderator' : r.status}
                />
              </div>
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-medium">{reportReasonLabel(r.reason)}</span>
                {r.details ? ` — “${r.details}”` : ''}
              </p>
              {r.reply ? (
                <p className="mt-3 rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
                  <span className="font-semibold">Moderator’s reply:</span> {r.reply}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
