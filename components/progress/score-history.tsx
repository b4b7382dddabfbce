import { DataTable } from '@/components/ui/data-table';
import { formatDayTime } from '@/lib/progress/format-time';
import { splitScoreHistory } from '@/lib/progress/score-history';
import type { ScorePoint } from '@/lib/progress/views';
import { ScoreHistoryChart } from './score-history-chart';

/** The score chart with the same data as a table, for screen readers and for reading numbers. */
export function ScoreHistory({
  history,
  passingScore,
  examTitle,
  timeZone,
}: {
  history: ScorePoint[];
  passingScore: number;
  examTitle: string;
  timeZone: string;
}) {
  const series = splitScoreHistory(history);
  if (history.length === 0) {
    return (
      <section aria-label="Score history" className="rounded-xl border border-slate-200 bg-white p-5">
        <h3 className="text-sm font-medium tracking-wide text-slate-500 uppercase">Score history</h3>
        <p className="mt-2 text-sm text-slate-600">
          Scores appear here after your first submitted mock exam or practice session.
        </p>
      </section>
    );
  }
  return (
    <section aria-label="Score history" className="rounded-xl border border-slate-200 bg-white p-5">
      <h3 className="text-sm font-medium tracking-wide text-slate-500 uppercase">Score history</h3>
      <p className="mt-1 text-xs text-slate-500">
        {series.mock.length} mock {series.mock.length === 1 ? 'exam' : 'exams'} and {series.practice.length}{' '}
        practice {series.practice.length === 1 ? 'session' : 'sessions'} (latest 100).
      </p>
      <div className="mt-3">
        <ScoreHistoryChart series={series} passingScore={passingScore} timeZone={timeZone} />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Scores as a table</summary>
        <div className="mt-2">
          <DataTable
            caption={`Scores of your submitted sessions of ${examTitle}, oldest first`}
            variant="flush"
            dense
            rows={history}
            rowKey={(point) => point.sessionId}
            columns={[
              {
                header: 'Submitted',
                rowHeader: true,
                className: 'text-slate-700',
                cell: (point) => formatDayTime(point.at, timeZone),
              },
              { header: 'Kind', cell: (point) => (point.mode === 'mock' ? 'Mock exam' : 'Practice') },
              {
                header: 'Questions',
                align: 'right',
                className: 'tabular-nums',
                cell: (point) => point.questionCount,
              },
              {
                header: 'Score',
                align: 'right',
                className: 'font-medium tabular-nums',
                cell: (point) => `${Math.floor(point.percent + 1e-9)}%`,
              },
            ]}
          />
        </div>
      </details>
    </section>
  );
}
