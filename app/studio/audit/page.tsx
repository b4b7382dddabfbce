import type { Metadata } from 'next';
import Link from 'next/link';
import { LabelledControl } from '@/components/ui/field';
import { formatTime, INPUT } from '@/components/studio/ui';
import { AuditChanges } from '@/components/studio/audit-changes';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { auditQuerySchema } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listStudioAudit, type AuditRow } from '@/server/studio/audit-log';

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
  'studio.question_generated',
  'studio.report_resolved',
  'studio.report_dismissed',
  'studio.statistics_computed',
];

/** "studio.question_retired" → "question retired". */
function actionLabel(action: string): string {
  return action.replace(/^studio\./, '').replaceAll('_', ' ');
}

function targetOf(row: AuditRow) {
  if (row.targetType === 'question' && row.targetId)
    return (
      <Link href={`/studio/questions/${row.targetId}`} className="font-medium text-brand-700 hover:underline">
        question #{row.targetId}
      </Link>
    );
  if (row.targetType === 'exam' && row.targetId && /^\d+$/.test(row.targetId))
    return (
      <Link href={`/studio/exams/${row.targetId}`} className="font-medium text-brand-700 hover:underline">
        exam #{row.targetId}
      </Link>
    );
  return [row.targetType, row.targetId].filter(Boolean).join(' ');
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
    <Page title="Audit log" description="Every studio change: who, when, and what changed.">
      <form
        role="search"
        action="/studio/audit"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4"
      >
        <LabelledControl id="a-action" label="Action" compact>
          {(aria) => (
            <select {...aria} name="action" defaultValue={page.query.action ?? ''} className={INPUT}>
              <option value="">All</option>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </select>
          )}
        </LabelledControl>
        <LabelledControl id="a-actor" label="Actor (name or email)" compact>
          {(aria) => (
            <input {...aria} name="actor" defaultValue={page.query.actor} maxLength={200} className={INPUT} />
          )}
        </LabelledControl>
        <LabelledControl id="a-target" label="Target id" compact>
          {(aria) => (
            <input
              {...aria}
              name="target"
              defaultValue={page.query.target}
              maxLength={60}
              placeholder="question or exam id"
              className={INPUT}
            />
          )}
        </LabelledControl>
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
      {page.rows.length === 0 ? (
        <EmptyState title="Nothing logged here yet" />
      ) : (
        <ol aria-label="Audit entries" className="space-y-3">
          {page.rows.map((row) => (
            <li key={row.id}>
              <article
                aria-label={`${actionLabel(row.action)}, ${formatTime(row.createdAt)}`}
                className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <h2 className="font-semibold text-slate-900 first-letter:uppercase">
                    {actionLabel(row.action)}
                  </h2>
                  <span className="text-sm text-slate-600">{targetOf(row)}</span>
                  <span className="text-xs text-slate-500 sm:ml-auto">
                    {row.actor ?? 'command line'} ·{' '}
                    <time dateTime={new Date(row.createdAt).toISOString()}>{formatTime(row.createdAt)}</time>
                  </span>
                </header>
                <AuditChanges lines={row.changes} />
              </article>
            </li>
          ))}
        </ol>
      )}
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
    </Page>
  );
}
