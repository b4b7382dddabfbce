import type { ScorePoint } from './views';

export interface ScoreSeries {
  mock: ScorePoint[];
  practice: ScorePoint[];
}

/** Mock exams and practice sessions as separate series, each oldest first. */
export function splitScoreHistory(points: readonly ScorePoint[]): ScoreSeries {
  const sorted = [...points].sort((a, b) => a.at - b.at || a.sessionId.localeCompare(b.sessionId));
  return {
    mock: sorted.filter((p) => p.mode === 'mock'),
    practice: sorted.filter((p) => p.mode === 'practice'),
  };
}
