import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import type { ImportOutcome } from '@/server/studio/actions';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const SEVERITY_LABEL = { unsupported: 'skipped', warning: 'warning' } as const;
const SEVERITY_CLASS = {
  error: 'text-red-700',
  unsupported: 'text-amber-800',
  warning: 'text-amber-800',
} as const;

/** The list the imported questions are in: newest first, drafts only when they went in as drafts. */
function importedListHref(result: ImportOutcome): string {
  const params = new URLSearchParams({ exam: String(result.examId) });
  if (result.asDraft) params.set('status', 'draft');
  return `/studio/questions?${params.toString()}`;
}

function Headline({ result }: { result: ImportOutcome }) {
  const created = result.mode === 'import' ? (result.created ?? 0) : 0;
  if (created > 0)
    return (
      <Alert tone="success">
        Imported {plural(created, 'question')} into {result.examTitle}
        {result.asDraft ? ' as drafts' : ''}.{' '}
        <Link href={importedListHref(result)} className="font-semibold underline">
          See the imported {result.asDraft ? 'drafts' : 'questions'}
        </Link>
      </Alert>
    );
  if (result.blocked)
    return (
      <Alert tone="error">
        Nothing {result.mode === 'import' ? 'was imported' : 'will be imported'}: fix the{' '}
        {plural(result.problems.filter((p) => p.severity === 'error').length, 'error')} below (the import is
        all-or-nothing).
      </Alert>
    );
  return (
    <Alert tone="info">
      Dry run: {plural(result.counts.created, 'question')} would be created in {result.examTitle}. Nothing was
      written.
    </Alert>
  );
}

/** Per file: how it was read, what will happen to its questions, and which categories chose objectives. */
function FileSummary({ result }: { result: ImportOutcome }) {
  const created = result.mode === 'import' && result.created ? 'created' : 'to create';
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
      <div>
        <dt className="text-slate-500">Read as</dt>
        <dd className="font-medium text-slate-900">{result.encoding ?? 'not readable'}</dd>
      </div>
      {result.delimiter ? (
        <div>
          <dt className="text-slate-500">Delimiter</dt>
          <dd className="font-medium text-slate-900">{result.delimiter}</dd>
        </div>
      ) : null}
      <div>
        <dt className="text-slate-500">Questions {created}</dt>
        <dd className="font-medium text-slate-900">{result.counts.created}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Skipped</dt>
        <dd className="font-medium text-slate-900">{result.counts.skipped}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Warnings</dt>
        <dd className="font-medium text-slate-900">{result.counts.warned}</dd>
      </div>
      {result.categories.length > 0 ? (
        <div className="col-span-2 sm:col-span-5">
          <dt className="text-slate-500">Categories → objectives</dt>
          <dd className="text-slate-900">
            <ul>
              {result.categories.map((c) => (
                <li key={c.category} className="break-words">
                  {c.category} → {c.objectiveCode}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ImportResult({ result }: { result: ImportOutcome }) {
  const created = result.mode === 'import' && (result.created ?? 0) > 0;
  return (
    <section
      aria-label="Import result"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <Headline result={result} />
      <FileSummary result={result} />
      {result.problems.length > 0 ? (
        <div>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">Problems</h2>
          <ul className="space-y-1 text-sm break-words">
            {result.problems.map((p, i) => (
              <li key={i} className={SEVERITY_CLASS[p.severity]}>
                <span className="font-semibold">Line {p.line}:</span>{' '}
                {p.severity === 'error' ? '' : `(${SEVERITY_LABEL[p.severity]}) `}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.questions.length > 0 ? (
        <div>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">
            {created ? 'Created' : 'Would create'}
          </h2>
          <DataTable
            caption={created ? 'Questions created by this import' : 'Questions this import would create'}
            variant="inset"
            dense
            rows={result.questions}
            rowKey={(q) => q.line}
            columns={[
              { header: 'Line', className: 'text-slate-500', cell: (q) => q.line },
              {
                header: 'Question',
                rowHeader: true,
                className: 'text-slate-900',
                cell: (q) =>
                  q.title ? (
                    <>
                      <span className="font-medium">{q.title}</span>{' '}
                      <span className="text-slate-600">{q.excerpt}</span>
                    </>
                  ) : (
                    q.excerpt
                  ),
              },
              { header: 'Type', className: 'text-slate-600', cell: (q) => q.type },
              { header: 'Objective', className: 'text-slate-600', cell: (q) => q.objectiveCode },
              {
                header: 'Options',
                className: 'text-slate-600',
                cell: (q) => `${q.optionCount} (${q.correctCount} correct)`,
              },
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}
