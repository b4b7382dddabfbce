import { ButtonLink } from '@/components/ui/button-link';

/** A new learner: what will appear here, and where to start. */
export function EmptyDashboard() {
  return (
    <section aria-labelledby="empty-heading" className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <h2 id="empty-heading" className="text-xl font-semibold text-slate-900">
        No progress yet
      </h2>
      <p className="mx-auto mt-2 max-w-xl text-slate-600">
        Take a mock exam or a practice session. Once you submit it, this page shows your predicted exam score, how well you know each objective, your
        scores over time, and the questions to review each day so you keep what you learned.
      </p>
      <div className="mt-6">
        <ButtonLink href="/exams">Browse exams</ButtonLink>
      </div>
    </section>
  );
}
