import type { Metadata } from 'next';
import Link from 'next/link';
import { DIFFICULTY_LABELS, INPUT, StatusPill } from '@/components/studio/ui';
import { ButtonLink } from '@/components/ui/button-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { MAX_SEARCH_LENGTH, type PageSearchParams } from '@/lib/validation/search-params';
import { questionListQuerySchema, type QuestionListQuery } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';
import { listQuestions } from '@/server/studio/question-list';
import { getEditorExam } from '@/server/studio/question-reads';

export const metadata: Metadata = { title: 'Questions' };

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
  const [page, exams] = await Promise.all([listQuestions(user, query), listStudioExams(user)]);
  const q = page.query;
  const objectives = q.exam ? ((await getEditorExam(user, q.exam).catch(() => null))?.objectives ?? []) : [];
  const keep = filtersOf(q);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Questions"
        description="Filter, search and open any question of the bank."
        actions={
          <ButtonLink href={`/studio/questions/new${q.exam ? `?exam=${q.exam}` : ''}`}>
            New question
          </ButtonLink>
        }
      />
      <form
        role="search"
        action="/studio/questions"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4"
      >
        <div className="sm:col-span-4">
          <label htmlFor="f-q" className="block text-xs font-medium text-slate-600">
            Search title, stem, options and explanation
          </label>
          <input
            id="f-q"
            name="q"
            defaultValue={q.q}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder="e.g. bucket policy"
            className={INPUT}
          />
        </div>
        <Select
          id="f-exam"
          name="exam"
          label="Exam"
          value={q.exam}
          options={exams.map((e) => [String(e.id), `${e.code} — ${e.title}`])}
        />
        <Select
          id="f-objective"
          name="objective"
          label="Objective"
          value={q.objective}
          options={objectives.map((o) => [String(o.id), `${o.code} — ${o.title}`])}
          hint={q.exam ? undefined : 'Choose an exam first'}
        />
        <Select
          id="f-type"
          name="type"
          label="Type"
          value={q.type}
          options={[
            ['single', 'Single response'],
            ['multiple', 'Multiple response'],
          ]}
        />
        <Select
          id="f-difficulty"
          name="difficulty"
          label="Difficulty"
          value={q.difficulty}
          options={[
            ['1', 'Easy'],
            ['2', 'Medium'],
            ['3', 'Hard'],
          ]}
        />
        <Select
          id="f-status"
          name="status"
          label="Status"
          value={q.status}
          options={[
            ['active', 'Active'],
            ['draft', 'Draft'],
            ['retired', 'Retired'],
          ]}
        />
        <Select
          id="f-sort"
          name="sort"
          label="Sort"
          value={q.sort}
          options={[
            ['newest', 'Newest first'],
            ['oldest', 'Oldest first'],
            ['updated', 'Recently edited'],
          ]}
          all={false}
        />
        <fieldset className="flex flex-col justify-end gap-1 text-sm text-slate-700">
          <legend className="sr-only">Flags</legend>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="reported"
              value="1"
              defaultChecked={q.reported === '1'}
              className="accent-brand-600"
            />{' '}
            Has open reports
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              name="poor"
              value="1"
              defaultChecked={q.poor === '1'}
              className="accent-brand-600"
            />{' '}
            Poor statistics
          </label>
        </fieldset>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Apply
          </button>
          <Link
            href="/studio/questions"
            className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100"
          >
            Reset
          </Link>
        </div>
      </form>
      <DataTable
        caption="Questions"
        rows={page.items}
        rowKey={(item) => item.id}
        rowClassName="hover:bg-slate-50"
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
                  {item.stem}
                </Link>
                <span className="mt-1 flex gap-2 text-xs text-slate-500">
                  #{item.id}
                  {item.openReports > 0 ? (
                    <StatusPill
                      status="open"
                      label={`${item.openReports} open report${item.openReports === 1 ? '' : 's'}`}
                    />
                  ) : null}
                  {item.poor ? <StatusPill status="poor" label="poor statistics" /> : null}
                </span>
              </>
            ),
          },
          {
            header: 'Exam · objective',
            className: 'text-slate-600',
            cell: (item) => `${item.examCode} · ${item.objectiveCode}`,
          },
          { header: 'Type', className: 'text-slate-600', cell: (item) => item.type },
          {
            header: 'Difficulty',
            className: 'text-slate-600',
            cell: (item) => DIFFICULTY_LABELS[item.difficulty],
          },
          { header: 'Status', cell: (item) => <StatusPill status={item.status} /> },
          { header: 'Version', className: 'text-slate-600', cell: (item) => `v${item.version}` },
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
    </div>
  );
}

function Select({
  id,
  name,
  label,
  value,
  options,
  hint,
  all = true,
}: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  options: string[][];
  hint?: string;
  all?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value === undefined ? '' : String(value)}
        className={INPUT}
        disabled={options.length === 0 && all}
      >
        {all ? <option value="">{hint ?? 'All'}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
