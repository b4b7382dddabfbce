import type { Metadata } from 'next';
import Link from 'next/link';
import { QuestionFilterForm } from '@/components/studio/question-filter-form';
import { DIFFICULTY_LABELS, StatusPill } from '@/components/studio/ui';
import { ButtonLink } from '@/components/ui/button-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { questionListQuerySchema, type QuestionListQuery } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';
import { listQuestions } from '@/server/studio/question-list';
import { listObjectiveChoices } from '@/server/studio/objectives';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

export const metadata: Metadata = { title: 'Questions' };

const WIDE_ONLY = 'hidden md:table-cell';

/** The filters to keep in the pagination links: the parsed ones (so a bad value never travels on), defaults left out. */
function filtersOf(query: QuestionListQuery): Record<string, string> {
  const kept = Object.entries(query).filter(
    ([k, v]) => k !== 'cursor' && v !== undefined && v !== '' && !(k === 'sort' && v === 'newest'),
  );
  return Object.fromEntries(kept.map(([k, v]) => [k, String(v)]));
}

export default async function QuestionListPage({
  searchParams,
}: {
  searchParams: Promise<PageSearchParams>;
}) {
  const user = await requireRole(['moderator'], '/studio/questions');
  // Never fails: a filter of the wrong shape is no filter, the search is cut to 200 characters.
  const parsed = questionListQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : questionListQuerySchema.parse({});
  const [page, exams, objectives] = await Promise.all([
    listQuestions(user, query),
    listStudioExams(user),
    listObjectiveChoices(user),
  ]);
  const q = page.query;
  const keep = filtersOf(q);
  return (
    <Page
      title="Questions"
      description="Filter, search and open any question of the bank."
      actions={
        <ButtonLink href={`/studio/questions/new${q.exam ? `?exam=${q.exam}` : ''}`}>New question</ButtonLink>
      }
    >
      <QuestionFilterForm
        query={q}
        exams={exams.map(({ id, code, title }) => ({ id, code, title }))}
        objectives={objectives}
      />
      <DataTable
        caption="Questions"
        rows={page.items}
        rowKey={(item) => item.id}
        rowClassName="hover:bg-slate-50"
        // Below md the type, difficulty and version fold into the question cell: no sideways scrolling on a phone.
        minWidth="20rem"
        empty={
          <EmptyState title="No questions match">
            Change the filters or the search, or create a question.
          </EmptyState>
        }
        columns={[
          {
            header: 'Question',
            rowHeader: true,
            className: 'max-w-md',
            cell: (item) => (
              <>
                <Link
                  href={`/studio/questions/${item.id}`}
                  className="line-clamp-2 font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  {item.title ? <span className="text-slate-600">{item.title}: </span> : null}
                  {markdownToPlainText(item.stem, 200)}
                </Link>
                <span className="mt-1 flex flex-wrap gap-x-2 gap-y-1 text-xs text-slate-500">
                  #{item.id}
                  <span className="md:hidden">
                    · {item.type} · {DIFFICULTY_LABELS[item.difficulty]} · v{item.version}
                  </span>
                  {item.openReports > 0 ? (
                    <StatusPill
                      status="open"
                      label={`${item.openReports} open report${item.openReports === 1 ? '' : 's'}`}
                    />
                  ) : null}
                  {item.poor ? <StatusPill status="poor" label="poor statistics" /> : null}
                  {item.generated ? <StatusPill status="draft" label="AI-generated" /> : null}
                </span>
              </>
            ),
          },
          {
            header: 'Exam · objective',
            className: 'text-slate-600',
            cell: (item) => `${item.examCode} · ${item.objectiveCode}`,
          },
          {
            header: 'Type',
            className: `${WIDE_ONLY} text-slate-600`,
            headerClassName: WIDE_ONLY,
            cell: (item) => item.type,
          },
          {
            header: 'Difficulty',
            className: `${WIDE_ONLY} text-slate-600`,
            headerClassName: WIDE_ONLY,
            cell: (item) => DIFFICULTY_LABELS[item.difficulty],
          },
          { header: 'Status', cell: (item) => <StatusPill status={item.status} /> },
          {
            header: 'Version',
            className: `${WIDE_ONLY} text-slate-600`,
            headerClassName: WIDE_ONLY,
            cell: (item) => `v${item.version}`,
          },
        ]}
      />
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
        {q.cursor ? (
          <Link
            href={`/studio/questions?${new URLSearchParams(keep)}`}
            className="font-medium text-brand-700"
          >
            ← First page
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor ? (
          <Link
            href={`/studio/questions?${new URLSearchParams({ ...keep, cursor: page.nextCursor })}`}
            className="font-medium text-brand-700"
          >
            Next 50 →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </Page>
  );
}
