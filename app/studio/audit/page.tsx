import type { Metadata } from 'next';
import Link from 'next/link';
import { formatTime, INPUT } from '@/components/studio/ui';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { auditQuerySchema } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listStudioAudit } from '@/server/studio/audit-log';

export const metadata: Metadata = { title: 'Audit log' };

const ACTIONS = [
  'studio.exam_created',
  'studio.exam_updated',
  'studio.exam_published',
  'studio.exam_unpublished',
  'studio.objective_created',
  'studio.objective_updated',
  'studio.objective_deleted',
  'studio.question_created',
  'studio.question_edited',
  'studio.question_restored',
  'studio.question_retired',
  'studio.question_reactivated',
  'studio.questions_imported',
  'studio.report_resolved',
  'studio.report_dismissed',
  'studio.statistics_computed',
];

function describe(details: Record<string, unknown>): string {
  const text = JSON.stringify(details);
  return text.length > 220 ? `${text.slice(0, 219)}…` : text;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireRole(['moderator'], '/studio/audit');
  // Never fails: a filter of the wrong shape is no filter, the texts are cut to their limits.
  const parsed = auditQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const page = await listStudioAudit(user, query);
  // The filters to keep in the pagination links: the parsed ones, so a bad value never travels on.
  const { before, ...filters } = page.query;
  const keep = Object.fromEntries(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every studio change: who, when, and what changed." />
      <form
        role="search"
        action="/studio/audit"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4"
      >
        <div>
          <label htmlFor="a-action" className="block text-xs font-medium text-slate-600">
            Action
          </label>
          <select id="a-action" name="action" defaultValue={page.query.action ?? ''} className={INPUT}>
            <option value="">All</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a.replace('studio.', '').replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor" className="block text-xs font-medium text-slate-600">
            Actor (name or email)
          </label>
          <input
            id="a-actor"
            name="actor"
            defaultValue={page.query.actor}
            maxLength={200}
            className={INPUT}
          />
        </div>
        <div>
          <label htmlFor="a-target" className="block text-xs font-medium text-slate-600">
            Target id
          </label>
          <input
            id="a-target"
            name="target"
            defaultValue={page.query.target}
            maxLength={60}
            placeholder="question or exam id"
            className={INPUT}
          />
        </div>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Filter
          </button>
          <Link
            href="/studio/audit"
            className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100"
          >
            Reset
          </Link>
        </div>
      </form>
      <DataTable
        caption="Audit entries"
        rows={page.rows}
        rowKey={(row) => row.id}
        empty={<EmptyState title="Nothing logged here yet" />}
        columns={[
          {
            header: 'When',
            className: 'whitespace-nowrap text-slate-600',
            cell: (row) => formatTime(row.createdAt),
          },
          { header: 'Who', className: 'text-slate-700', cell: (row) => row.actor ?? 'command line' },
          {
            header: 'Action',
            rowHeader: true,
            cell: (row) => (
              <span className="font-medium text-slate-900">
                {row.action.replace('studio.', '').replace('_', ' ')}
              </span>
            ),
          },
          {
            header: 'Target',
            className: 'text-slate-600',
            cell: (row) =>
              row.targetType === 'question' && row.targetId ? (
                <Link href={`/studio/questions/${row.targetId}`} className="text-brand-700 hover:underline">
                  question #{row.targetId}
                </Link>
              ) : (
                `${row.targetType ?? ''} ${row.targetId ?? ''}`
              ),
          },
          {
            header: 'What changed',
            className: 'max-w-md break-all font-mono text-xs text-slate-600',
            cell: (row) => describe(row.details),
          },
        ]}
      />
      {page.nextBefore ? (
        <nav aria-label="Pagination" className="flex justify-between text-sm">
          {before ? (
            <Link href={`/studio/audit?${new URLSearchParams(keep)}`} className="font-medium text-brand-700">
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          <Link
            href={`/studio/audit?${new URLSearchParams({ ...keep, before: String(page.nextBefore) })}`}
            className="font-medium text-brand-700"
          >
            Older →
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
