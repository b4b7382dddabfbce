import 'server-only';
import type { ResultSet } from '@libsql/client';
import type { MockFacts } from '@/lib/progress/exam-progress';
import { READINESS_MOCKS } from '@/lib/progress/exam-progress';
import type { ScorePoint } from '@/lib/progress/views';
import { num, str } from '@/server/row-values';
import { STUDIED_CTE } from './exam-facts';

/** Points on the score chart per exam (the latest ones; older sessions stay in the history page). */
export const HISTORY_POINTS = 100;

// Per studied exam (exam-facts.ts's `studied`, the learner's id as ?1), its latest sessions: the
// IN list is a correlated subquery run once per exam, reading study_sessions_user_status_activity_idx
// newest first until its LIMIT, as when each exam was its own statement; rows join by primary key.
function latestSessionsSql(columns: string, modes: string, limit: number): string {
  return `WITH ${STUDIED_CTE}
  SELECT s.exam_id, s.last_activity, ${columns}
  FROM studied JOIN study_sessions s ON s.id IN (
    SELECT id FROM study_sessions
    WHERE user_id = ?1 AND status = 'submitted' AND exam_id = studied.id AND mode IN (${modes}) AND score_percent IS NOT NULL
    ORDER BY last_activity DESC
    LIMIT ${limit})
  ORDER BY s.exam_id, s.last_activity DESC`;
}

export const HISTORY_SQL = latestSessionsSql(
  `s.id, s.mode, coalesce(s.submitted_at, s.last_activity) AS at, s.score_percent, s.question_count,
    json_extract(s.settings, '$.source') = 'diagnostic' AS diagnostic`,
  `'mock', 'practice'`,
  HISTORY_POINTS,
);

// The mocks the readiness model uses (the same ones as recent-answers.ts's MOCK_IDS_CTE).
export const MOCKS_SQL = latestSessionsSql(
  's.id, s.score_percent, s.question_count',
  `'mock'`,
  READINESS_MOCKS,
);

function byExam<T>(result: ResultSet | undefined, toValue: (row: ResultSet['rows'][number]) => T) {
  const lists = new Map<number, T[]>();
  for (const row of result?.rows ?? []) {
    const examId = num(row.exam_id);
    const list = lists.get(examId) ?? [];
    list.push(toValue(row));
    lists.set(examId, list);
  }
  return lists;
}

/** The rows of HISTORY_SQL by exam, newest first. */
export function scoreHistoryOf(result: ResultSet | undefined): Map<number, ScorePoint[]> {
  return byExam<ScorePoint>(result, (row) => ({
    sessionId: str(row.id),
    mode: row.mode === 'mock' ? 'mock' : 'practice',
    ...(num(row.diagnostic) === 1 ? { diagnostic: true } : {}),
    at: num(row.at),
    percent: num(row.score_percent),
    questionCount: num(row.question_count),
  }));
}

/** The rows of MOCKS_SQL by exam: the latest submitted mock exams, newest first. */
export function latestMocksOf(result: ResultSet | undefined): Map<number, MockFacts[]> {
  return byExam(result, (row) => ({
    sessionId: str(row.id),
    percent: num(row.score_percent),
    questionCount: num(row.question_count),
  }));
}
