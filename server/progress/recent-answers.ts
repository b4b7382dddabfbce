import 'server-only';
import type { InValue } from '@libsql/client';
import type { ObjectiveWindow } from '@/lib/progress/exam-progress';
import { MASTERY_WINDOW } from '@/lib/progress/mastery';
import { appDatabase } from '@/server/db';
import { num } from '@/server/row-values';

export interface WindowRequest {
  objectiveId: number;
  /** Sessions whose answers are counted apart (the mocks the readiness model uses). */
  mockSessionIds: readonly string[];
}

// One branch per objective: its latest MASTERY_WINDOW session answers, read newest first
// straight from review_logs_user_objective_kind_reviewed_idx (cost follows the window, not the
// learner's 50,000 answers), counted in SQL so one row per objective comes back.
// A log counts its share, coalesce(score, is_correct): a half-right matching answer (partial
// credit) is half a right answer for mastery and readiness; logs from before scores, is_correct.
function branch(mocks: number): string {
  const inMocks =
    mocks === 0 ? '0' : `session_id IN (${Array.from({ length: mocks }, () => '?').join(', ')})`;
  return `SELECT ? AS objective_id, count(*) AS total, coalesce(sum(share), 0) AS correct,
      coalesce(sum(${inMocks}), 0) AS mocks_total, coalesce(sum(share * (${inMocks})), 0) AS mocks_correct
    FROM (SELECT coalesce(score, is_correct) AS share, session_id FROM review_logs
      WHERE user_id = ? AND objective_id = ? AND kind = 'session' ORDER BY reviewed_at DESC LIMIT ${MASTERY_WINDOW})`;
}

export function recentAnswersSql(mocksPerObjective: readonly number[]): string {
  return mocksPerObjective.map(branch).join(' UNION ALL ');
}

/** Each objective's window of latest answers, counted (see ObjectiveWindow). */
export async function listObjectiveWindows(
  userId: string,
  requests: readonly WindowRequest[],
): Promise<ObjectiveWindow[]> {
  if (requests.length === 0) return [];
  const args: InValue[] = [];
  for (const r of requests)
    args.push(r.objectiveId, ...r.mockSessionIds, ...r.mockSessionIds, userId, r.objectiveId);
  const { rows } = await appDatabase().client.execute({
    sql: recentAnswersSql(requests.map((r) => r.mockSessionIds.length)),
    args,
  });
  return rows.map((row) => ({
    objectiveId: num(row.objective_id),
    total: num(row.total),
    correct: num(row.correct),
    fromMocksTotal: num(row.mocks_total),
    fromMocksCorrect: num(row.mocks_correct),
  }));
}
