import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';

/** A new learner: what will appear here, and where to start. */
export function EmptyDashboard() {
  return (
    <EmptyState large title="No progress yet" action={<ButtonLink href="/exams">Browse exams</ButtonLink>}>
      Take a mock exam or a practice session. Once you submit it, this page shows your predicted exam score,
      how well you know each objective, your scores over time, and the questions to review each day so you
      keep what you learned.
    </EmptyState>
  );
}
