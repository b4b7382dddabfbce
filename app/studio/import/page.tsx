import type { Metadata } from 'next';
import { ImportForm } from '@/components/studio/import-form';
import { Card } from '@/components/studio/ui';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';
import { getEditorExam } from '@/server/studio/question-reads';

export const metadata: Metadata = { title: 'Import and export' };

export default async function ImportPage() {
  const user = await requireRole(['moderator'], '/studio/import');
  const exams = await listStudioExams(user);
  const withObjectives = await Promise.all(exams.map((e) => getEditorExam(user, e.id)));
  return (
    <Page
      title="Import and export"
      description="GIFT, Aiken, CSV or JSON in any common encoding. A dry run shows how the file was read, what would be created, and every problem with its line; an error stops the whole import, skipped questions and warnings do not."
    >
      {exams.length === 0 ? (
        <EmptyState title="No exams yet">Create an exam first.</EmptyState>
      ) : (
        <ImportForm exams={withObjectives} />
      )}
      <Card title="Export">
        <ul className="grid gap-2 text-sm sm:grid-cols-2">
          {exams.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{e.title}</span>
              {(['gift', 'aiken', 'csv', 'json'] as const).map((format) => (
                <a
                  key={format}
                  href={`/api/studio/export?exam=${e.id}&format=${format}`}
                  className="rounded-md px-2 py-0.5 text-xs font-semibold text-brand-700 uppercase ring-1 ring-brand-100 hover:bg-brand-50"
                >
                  {format}
                </a>
              ))}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-xs text-slate-500">
          Aiken carries single-response questions only, and only JSON carries exhibits (images travel inside
          it as data URLs). Questions a format cannot hold, and questions written without their exhibits, are
          counted in the X-Export-Skipped header.
        </p>
      </Card>
    </Page>
  );
}
