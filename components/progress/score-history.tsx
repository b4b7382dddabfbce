import { formatDayTime } from '@/lib/progress/format-time';
import { splitScoreHistory } from '@/lib/progress/score-history';
import type { ScorePoint } from '@/lib/progress/views';
import { ScoreHistoryChart } from './score-history-chart';

/** The score chart with the same data as a table, for screen readers and for reading numbers. */
export function ScoreHistory({ history, passingScore, examTitle, timeZone }: { history: ScorePoint[]; passingScore: number; examTitle: string; timeZone: string }) {
  const series = splitScoreHistory(history);
  if (history.length === 0) {
    return (
      <section aria-label="Score history" className="rounded-xl border border-slate-200 bg-white p-5">
        <h3 className="text-sm font-medium uppercase tracking-wide text-slate-500">Score history</h3>
        <p className="mt-2 text-sm text-slate-600">Scores appear here after your first submitted mock exam or practice session.</p>
      </section>
    );
  }
  return (
    <section aria-label="Score history" className="rounded-xl border border-slate-200 bg-white p-5">
      <h3 className="text-sm font-medium uppercase tracking-wide text-slate-500">Score history</h3>
      <p className="mt-1 text-xs text-slate-500">
        {series.mock.length} mock {series.mock.length === 1 ? 'exam' : 'exams'} and {series.practice.length} practice{' '}
        {series.practice.length === 1 ? 'session' : 'sessions'} (latest 100).
      </p>
      <div className="mt-3">
        <ScoreHistoryChart series={series} passingScore={passingScore} timeZone={timeZone} />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Scores as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Scores of your submitted sessions of {examTitle}, oldest first</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">Submitted</th>
              <th scope="col" className="py-2 pr-4 font-medium">Kind</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Questions</th>
              <th scope="col" className="py-2 text-right font-medium">Score</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((point) => (
              <tr key={point.sessionId}>
                <td className="py-1.5 pr-4 text-slate-700">{formatDayTime(point.at, timeZone)}</td>
                <td className="py-1.5 pr-4">{point.mode === 'mock' ? 'Mock exam' : 'Practice'}</td>
                <td className="py-1.5 pr-4 text-right tabular-nums">{point.questionCount}</td>
                <td className="py-1.5 text-right font-medium tabular-nums">{Math.floor(point.percent + 1e-9)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
