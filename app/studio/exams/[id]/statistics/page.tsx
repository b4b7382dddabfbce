import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ComputeStatisticsButton } from '@/components/studio/compute-statistics-button';
import { ItemParts } from '@/components/studio/item-parts';
import { Card, formatTime, StatusPill } from '@/components/studio/ui';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { Stat } from '@/components/ui/stat';
import type { PoorItemReason } from '@/lib/studio/statistics';
import { idParamSchema, type PageSearchParams } from '@/lib/validation/search-params';
import { statisticsPageQuerySchema } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { StudioError } from '@/server/studio/errors';
import { getStudioExam } from '@/server/studio/exams';
import { getStoredStatistics, MIN_RESPONSES } from '@/server/studio/statistics';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

export const metadata: Metadata = { title: 'Item statistics' };

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const fixed = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);

function reasonText(r: PoorItemReason): string {
  switch (r.code) {
    case 'too-hard':
      return `too hard (${pct(r.facility)} right)`;
    case 'too-easy':
      return `too easy (${pct(r.facility)} right)`;
    case 'low-discrimination':
      return `low discrimination (${fixed(r.discrimination)})`;
    case 'negative-discrimination':
      return `negative discrimination (${fixed(r.discrimination)}): check the key`;
    case 'distractor-beats-key':
      return `option ${r.optionId} chosen more (${pct(r.optionShare)}) than the key (${pct(r.keyShare)})`;
  }
}

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const parsedId = idParamSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await requireRole(['moderator'], `/studio/exams/${id}/statistics`);
  const exam = await getStudioExam(user, id).catch((error: unknown) => {
    if (error instanceof StudioError) notFound();
    throw error;
  });
  const query = statisticsPageQuerySchema.safeParse(await searchParams);
  const onlyPoor = query.success && query.data.poor === '1';
  const stats = await getStoredStatistics(user, exam.id, onlyPoor);
  return (
    <Page
      title={`Statistics — ${exam.title}`}
      description={`From the first submitted mock exam of each learner. Items with fewer than ${MIN_RESPONSES} responses are shown but never flagged: on a handful of answers these figures are noise.`}
      actions={
        <ComputeStatisticsButton examId={exam.id} label={stats ? 'Recompute' : 'Compute statistics'} />
      }
    >
      {!stats ? (
        <EmptyState title="Not computed yet">
          Compute the statistics to see facility, discrimination, distractors and the exam’s reliability.
        </EmptyState>
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-5">
            <Stat label="Attempts" value={stats.attempts.toLocaleString('en-US')} />
            <Stat label="Answers" value={stats.answers.toLocaleString('en-US')} />
            <Stat label="KR-20" value={fixed(stats.reliability.kr20)} />
            <Stat label="Cronbach’s α" value={fixed(stats.reliability.alpha)} />
            <Stat label="SEM (points)" value={fixed(stats.reliability.sem)} />
          </dl>
          <p className="text-xs text-slate-500">
            Computed {formatTime(stats.computedAt)}. Reliability ≥ 0.7 is acceptable; computed by question
            position over attempts of the usual length
            {stats.reliability.excludedAttempts
              ? ` (${stats.reliability.excludedAttempts} attempts of another length left out)`
              : ''}
            .
          </p>
          <Card
            title={onlyPoor ? 'Poor items' : 'Items'}
            actions={
              <Link
                href={
                  onlyPoor
                    ? `/studio/exams/${exam.id}/statistics`
                    : `/studio/exams/${exam.id}/statistics?poor=1`
                }
                className="text-sm font-semibold text-brand-700 hover:underline"
              >
                {onlyPoor ? 'Show all items' : 'Show poor items only'}
              </Link>
            }
          >
            <DataTable
              caption={onlyPoor ? 'Poor items' : 'Items'}
              variant="inset"
              rows={stats.items}
              rowKey={(item) => item.questionId}
              empty={
                <p className="text-sm text-slate-600">{onlyPoor ? 'No poor items. 🎉' : 'No answers yet.'}</p>
              }
              columns={[
                {
                  header: 'Question',
                  rowHeader: true,
                  className: 'max-w-sm',
                  cell: (item) => (
                    <>
                      <Link
                        href={`/studio/questions/${item.questionId}`}
                        className="line-clamp-2 font-medium text-slate-900 hover:text-brand-700 hover:underline"
                      >
                        {markdownToPlainText(item.stem, 160)}
                      </Link>
                      <span className="text-xs text-slate-500">
                        #{item.questionId} · {item.objectiveCode}
                      </span>
                      {item.reasons.length > 0 ? (
                        <ul className="mt-1 space-y-0.5">
                          {item.reasons.map((r, i) => (
                            <li key={i}>
                              <StatusPill status="poor" label={reasonText(r)} />
                            </li>
                          ))}
                        </ul>
                      ) : item.responses < MIN_RESPONSES ? (
                        <span className="mt-1 block text-xs text-slate-500">too few responses to judge</span>
                      ) : null}
                    </>
                  ),
                },
                { header: 'Responses', className: 'text-slate-700', cell: (item) => item.responses },
                { header: 'Facility', className: 'text-slate-700', cell: (item) => pct(item.facility) },
                {
                  header: 'Discrimination',
                  className: 'text-slate-700',
                  cell: (item) => fixed(item.discrimination),
                },
                {
                  header: 'Options chosen / parts right',
                  className: 'text-xs text-slate-600',
                  cell: (item) =>
                    item.kind && item.parts ? (
                      <ItemParts kind={item.kind} parts={item.parts} />
                    ) : (
                      item.options.map((o) => (
                        <span
                          key={o.optionId}
                          className={`mr-2 inline-block ${o.correct ? 'font-semibold text-emerald-700' : ''}`}
                        >
                          {o.optionId.toUpperCase()} {pct(o.share)}
                        </span>
                      ))
                    ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Page>
  );
}
