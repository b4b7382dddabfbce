import type { ExamSummary } from '@/server/catalog/queries';
import { ExamCard } from './exam-card';

export function ExamGrid({ exams }: { exams: ExamSummary[] }) {
  if (exams.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
        <h2 className="text-base font-semibold text-slate-900">No exams published yet</h2>
        <p className="mt-1 text-sm text-slate-600">Exams appear here as soon as a moderator publishes them.</p>
      </div>
    );
  }
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Exams">
      {exams.map((exam) => (
        <ExamCard key={exam.slug} exam={exam} />
      ))}
    </ul>
  );
}
