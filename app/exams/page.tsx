import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ExamGrid } from '@/components/catalog/exam-grid';
import { PageHeader } from '@/components/ui/page-header';
import { publishedExams } from '@/server/catalog/public-cache';

export const metadata: Metadata = { title: 'Exams' };

export default async function ExamsPage() {
  await connection();
  const exams = await publishedExams();
  return (
    <div className="space-y-8">
      <PageHeader title="Exam catalog" description="Choose the certification you are preparing for." />
      <ExamGrid exams={exams} />
    </div>
  );
}
