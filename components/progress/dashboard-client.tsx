'use client';

import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import type { DashboardView } from '@/lib/progress/views';
import { DashboardSummary } from './dashboard-summary';
import { EmptyDashboard } from './empty-dashboard';
import { ExamProgressSection } from './exam-progress-section';
import { fetchJson } from './fetch-json';
import { ProgressQueryProvider } from './query-provider';
import { useBrowserTimeZone } from './use-browser-time-zone';

function Dashboard({ initial }: { initial: DashboardView }) {
  const browserZone = useBrowserTimeZone();
  const timeZone = browserZone ?? initial.timeZone;
  // The server rendered with the zone of the cookie (or UTC on a first visit); once the
  // browser's own zone is known the data is fetched for it, and kept fresh on focus.
  const query = useQuery({
    queryKey: ['dashboard', timeZone],
    queryFn: ({ signal }) =>
      fetchJson<DashboardView>(`/dashboard/data?tz=${encodeURIComponent(timeZone)}`, signal),
    initialData: timeZone === initial.timeZone ? initial : undefined,
    initialDataUpdatedAt: initial.generatedAt,
    placeholderData: (previous) => previous ?? initial,
  });
  const view = query.data ?? initial;
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
          <p className="mt-1 text-sm text-slate-600">Days are counted in your time zone ({view.timeZone}).</p>
        </div>
        <span aria-live="polite" className="text-xs text-slate-500">
          {query.isFetching ? 'Updating…' : ''}
        </span>
      </header>
      {query.isError ? (
        <Alert tone="error">Could not refresh your progress: {query.error.message}</Alert>
      ) : null}
      <DashboardSummary view={view} />
      {view.exams.length === 0 ? (
        <EmptyDashboard />
      ) : (
        view.exams.map((exam) => <ExamProgressSection key={exam.slug} exam={exam} timeZone={view.timeZone} />)
      )}
    </div>
  );
}

/** The dashboard with client-side refresh (React Query). */
export function DashboardClient({ initial }: { initial: DashboardView }) {
  return (
    <ProgressQueryProvider>
      <Dashboard initial={initial} />
    </ProgressQueryProvider>
  );
}
