import { useId } from 'react';
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
  const headingId = useId();
  const only = history.length === 1 ? history[0] : undefined;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5">
      <h3 id={headingId} className="text-sm font-medium tracking-wide text-slate-600 uppercase">
        Score history
      </h3>
      {history.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Scores appear here after your first submitted mock exam or practice session.
        </p>
      ) : only ? (
        // One point draws no line: say the score and what makes a trend, instead of a near-empty chart.
        <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border border-dashed border-slate-300 px-4 py-3">
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">
            {Math.floor(only.percent + 1e-9)}%
          </span>
          <span className="text-sm text-slate-600">
            in your {kindOf(only).toLowerCase()} of {formatDayTime(only.at, timeZone)}. Submit one more
            session to see your trend here.
          </span>
        </div>
      ) : (
        <>
          <p className="mt-1 text-xs text-slate-600">
            {series.mock.length} mock {series.mock.length === 1 ? 'exam' : 'exams'} and{' '}
            {series.practice.length} practice {series.practice.length === 1 ? 'session' : 'sessions'} (latest
            100).
          </p>
          <div className="mt-3">
            <ScoreHistoryChart series={series} passingScore={passingScore} timeZone={timeZone} />
          </div>
        </>
      )}
      {history.length > 0 ? (
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
                { header: 'Kind', cell: kindOf },
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
      ) : null}
    </section>
  );
}

/** What a point was, as the history page names it (a diagnostic is a practice session underneath). */
function kindOf(point: ScorePoint): string {
  if (point.diagnostic) return 'Diagnostic test';
  return point.mode === 'mock' ? 'Mock exam' : 'Practice session';
}
