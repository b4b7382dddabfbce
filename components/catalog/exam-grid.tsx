import { EmptyState } from '@/components/ui/empty-state';
import type { ExamSummary } from '@/server/catalog/queries';
import { ExamCard } from './exam-card';

export function ExamGrid({ exams }: { exams: ExamSummary[] }) {
  if (exams.length === 0) {
    return (
      <EmptyState title="No exams published yet">
        Exams appear here as soon as a moderator publishes them.
      </EmptyState>
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
