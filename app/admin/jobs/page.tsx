import type { Metadata } from 'next';
import { RetryJobButton } from '@/components/admin/retry-job-button';
import { LocalTime } from '@/components/attempt/local-time';
import { DataTable, type Column } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Stat } from '@/components/ui/stat';
import { jobsOverview, type JobRow } from '@/server/admin/jobs';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Background jobs' };

const KIND_NAMES: Record<string, string> = {
  'email.deliver': 'Send queued emails',
  'review.catch-up': 'Review cards catch-up',
  'jobs.prune': 'Delete old finished jobs',
  'accounts.erase-due': 'Erase accounts after their 30 days',
};

const kindColumn: Column<JobRow> = {
  header: 'Job',
  rowHeader: true,
  cell: (job) => (
    <>
      <div className="font-medium text-slate-900">{KIND_NAMES[job.kind] ?? job.kind}</div>
      <div className="text-xs text-slate-600">
        #{job.id} · {job.kind}
      </div>
    </>
  ),
};
const attemptsColumn: Column<JobRow> = {
  header: 'Attempts',
  cell: (job) => `${job.attempts} of ${job.maxAttempts}`,
};

export default async function AdminJobsPage() {
  const admin = await requireRole(['admin'], '/admin/jobs');
  const { counts, open, failed } = await jobsOverview(admin);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Background jobs"
        description="Emails, the review-card catch-up and clean-up run as jobs, on the app servers and on any `npm run worker`. A failed job is retried with a growing delay; one that runs out of attempts waits here."
      />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Queued" value={String(counts.queued)} />
        <Stat label="Running" value={String(counts.running)} />
        <Stat label="Failed" value={String(counts.failed)} />
        <Stat label="Done (14 days)" value={String(counts.done)} />
      </dl>
      <section aria-labelledby="failed-jobs" className="space-y-3">
        <h2 id="failed-jobs" className="text-lg font-semibold text-slate-900">
          Failed
        </h2>
        <DataTable
          caption="Failed jobs"
          rows={failed}
          rowKey={(job) => job.id}
          empty={<EmptyState>No failed jobs.</EmptyState>}
          columns={[
            kindColumn,
            {
              header: 'Last error',
              cell: (job) => <span className="break-words text-red-800">{job.lastError ?? '—'}</span>,
            },
            attemptsColumn,
            {
              header: 'Failed at',
              cell: (job) => (job.finishedAt ? <LocalTime value={Date.parse(job.finishedAt)} /> : '—'),
            },
            {
              header: 'Actions',
              hideHeader: true,
              cell: (job) => <RetryJobButton jobId={job.id} kind={job.kind} />,
            },
          ]}
        />
      </section>
      <section aria-labelledby="open-jobs" className="space-y-3">
        <h2 id="open-jobs" className="text-lg font-semibold text-slate-900">
          Queued and running
        </h2>
        <DataTable
          caption="Queued and running jobs"
          rows={open}
          rowKey={(job) => job.id}
          empty={<EmptyState>Nothing is queued.</EmptyState>}
          columns={[
            kindColumn,
            {
              header: 'Status',
              cell: (job) => (job.status === 'running' ? `Running on ${job.lockedBy ?? '?'}` : 'Queued'),
            },
            { header: 'Due', cell: (job) => <LocalTime value={Date.parse(job.runAt)} /> },
            attemptsColumn,
            {
              header: 'Last error',
              cell: (job) => <span className="break-words text-slate-700">{job.lastError ?? '—'}</span>,
            },
          ]}
        />
      </section>
    </div>
  );
}
