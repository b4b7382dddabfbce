import Link from 'next/link';

/** No card left: what was done, and where to go. */
export function ReviewDone({ reviewedCount }: { reviewedCount: number }) {
  return (
    <section
      aria-labelledby="done-heading"
      className="rounded-xl border border-slate-200 bg-white px-6 py-10 text-center"
    >
      <h2 id="done-heading" className="text-xl font-semibold text-slate-900">
        {reviewedCount > 0 ? 'All caught up for today' : 'Nothing to review right now'}
      </h2>
      <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">
        {reviewedCount > 0
          ? `You reviewed ${reviewedCount} ${reviewedCount === 1 ? 'card' : 'cards'}. Each comes back when you are about to forget it.`
          : 'Questions you answer in mock exams and practice sessions become review cards. Missed ones come back later today, the rest over the coming days.'}
      </p>
      <div className="mt-5 flex justify-center gap-3">
        <Link
          href="/dashboard"
          className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Back to your progress
        </Link>
      </div>
    </section>
  );
}
