import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ExamGrid } from '@/components/catalog/exam-grid';
import { benchPagesEnabled, rememberOnce } from '@/server/bench-pages';
import { listPublishedExams } from '@/server/catalog/queries';

/** Benchmark only: the catalog's HTML rendered from memory. */
export default async function BareCatalogPage() {
  await connection();
  if (!benchPagesEnabled()) notFound();
  const exams = await rememberOnce('catalog', listPublishedExams);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Exam catalog</h1>
        <p className="mt-2 text-slate-600">Choose the certification you are preparing for.</p>
      </header>
      <ExamGrid exams={exams} />
    </div>
  );
}
