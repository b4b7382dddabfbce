import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ExamGrid } from '@/components/catalog/exam-grid';
import { listPublishedExams } from '@/server/catalog/queries';

export const metadata: Metadata = { title: 'Exams' };

export default async function ExamsPage() {
  await connection();
  const exams = await listPublishedExams();
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
