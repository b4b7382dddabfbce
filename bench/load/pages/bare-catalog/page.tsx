import { connection } from 'next/server';
import { ExamGrid } from '@/components/catalog/exam-grid';
import { listPublishedExams } from '@/server/catalog/queries';
import { rememberOnce } from '../remember-once';

/**
 * Load test only (copied to app/bench/ of the bench app by bench/load/build.ts; never in the
 * product build): the catalog's HTML rendered from memory.
 */
export default async function BareCatalogPage() {
  await connection();
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
