import 'server-only';
import type { MockFacts } from '@/lib/progress/exam-progress';
import { READINESS_MOCKS } from '@/lib/progress/exam-progress';
import type { ScorePoint } from '@/lib/progress/views';
import { appDatabase } from '@/server/db';
import { num, str } from '@/server/row-values';

/** Points on the score chart per exam (the latest ones; older sessions stay in the history page). */
export const HISTORY_POINTS = 100;

// Both read study_sessions_user_status_activity_idx newest first and stop at their LIMIT.
export const HISTORY_SQL = `SELECT id, mode, coalesce(submitted_at, last_activity) AS at, score_percent, question_count,
    json_extract(settings, '$.source') = 'diagnostic' AS diagnostic
  FROM study_sessions
  WHERE user_id = ? AND status = 'submitted' AND exam_id = ? AND mode IN ('mock', 'practice') AND score_percent IS NOT NULL
  ORDER BY last_activity DESC
  LIMIT ${HISTORY_POINTS}`;

export const MOCKS_SQL = `SELECT id, score_percent, question_count
  FROM study_sessions
  WHERE user_id = ? AND status = 'submitted' AND exam_id = ? AND mode = 'mock' AND score_percent IS NOT NULL
  ORDER BY last_activity DESC
  LIMIT ${READINESS_MOCKS}`;

export async function listScoreHistory(userId: string, examId: number): Promise<ScorePoint[]> {
  const { rows } = await appDatabase().client.execute({ sql: HISTORY_SQL, args: [userId, examId] });
  return rows.map((row) => ({
    sessionId: str(row.id),
    mode: row.mode === 'mock' ? 'mock' : 'practice',
    ...(num(row.diagnostic) === 1 ? { diagnostic: true } : {}),
    at: num(row.at),
    percent: num(row.score_percent),
    questionCount: num(row.question_count),
  }));
}

/** The latest submitted mock exams, newest first. */
export async function listLatestMocks(userId: string, examId: number): Promise<MockFacts[]> {
  const { rows } = await appDatabase().client.execute({ sql: MOCKS_SQL, args: [userId, examId] });
  return rows.map((row) => ({
    sessionId: str(row.id),
    percent: num(row.score_percent),
    questionCount: num(row.question_count),
  }));
}
