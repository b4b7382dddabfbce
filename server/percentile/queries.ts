import 'server-only';
import type { Client, InStatement, ResultSet, Row } from '@libsql/client';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { percentileOf, percentileWindowStart } from '@/lib/progress/percentile';
import { appDatabase } from '@/server/db';
import { num } from '@/server/row-values';

// Raw SQL on purpose (every result page and dashboard view): one range scan of the covering
// index latest_mock_scores(exam_id, submitted_at, score_percent, user_id); bench/percentile.bench.ts
// measures it at 10,000 learners / 50,000 attempts.
const COUNTS_SQL = `SELECT count(*) AS others, coalesce(sum(score_percent < ?), 0) AS below
  FROM latest_mock_scores
  WHERE exam_id = ? AND submitted_at >= ? AND user_id <> ?`;

/**
 * Where `score` stands among the OTHER learners' latest mocks of the exam in the last 90 days:
 * the whole percent it beats, or null under the privacy floor (lib/progress/percentile.ts).
 */
export async function percentileForScore(
  examId: number,
  userId: string,
  score: number,
  now: Date,
  client: Client = appDatabase().client,
): Promise<number | null> {
  const { rows } = await client.execute({
    sql: COUNTS_SQL,
    args: [score, examId, percentileWindowStart(now), userId],
  });
  const row = rows[0];
  if (!row) return null;
  return percentileOf({ others: num(row.others), below: num(row.below) });
}

// The dashboard's figure in ONE statement (a round trip, not two): COUNTS_SQL for the score of
// the learner's own latest mock in the window; no row of their own gives has_own = 0.
const LATEST_COUNTS_SQL = `SELECT own.score_percent IS NOT NULL AS has_own, count(l.user_id) AS others,
    coalesce(sum(l.score_percent < own.score_percent), 0) AS below
  FROM (SELECT score_percent FROM latest_mock_scores WHERE exam_id = :exam AND user_id = :user AND submitted_at >= :since) own
  LEFT JOIN latest_mock_scores l ON l.exam_id = :exam AND l.submitted_at >= :since AND l.user_id <> :user`;

/**
 * The dashboard's figure: the percentile of the learner's own latest mock of the exam, when it
 * falls in the window (null when it does not, or under the floor).
 */
export async function percentileOfLatestMock(
  examId: number,
  userId: string,
  now: Date,
  client: Client = appDatabase().client,
): Promise<number | null> {
  const { rows } = await client.execute({
    sql: LATEST_COUNTS_SQL,
    args: { exam: examId, user: userId, since: percentileWindowStart(now) },
  });
  const row = rows[0];
  if (!row || num(row.has_own) !== 1) return null;
  return percentileOf({ others: num(row.others), below: num(row.below) });
}

/**
 * percentileOfLatestMock for each of a learner's exams as ONE statement of the dashboard's read
 * batch: `examsCte` defines `studied` (the exams, column `id`) and takes the learner as ?1; ?2 is
 * the window's start (percentileWindowStart). The learner's own row is found by primary key,
 * the others' by the same range scan of the covering index as LATEST_COUNTS_SQL, and only for
 * exams where they have a latest mock in the window.
 */
export function latestMockPercentilesSql(examsCte: string): string {
  return `WITH ${examsCte}
  SELECT studied.id AS exam_id, own.score_percent IS NOT NULL AS has_own, count(l.user_id) AS others,
      coalesce(sum(l.score_percent < own.score_percent), 0) AS below
    FROM studied
    LEFT JOIN latest_mock_scores own ON own.exam_id = studied.id AND own.user_id = ?1 AND own.submitted_at >= ?2
    LEFT JOIN latest_mock_scores l ON own.score_percent IS NOT NULL
      AND l.exam_id = studied.id AND l.submitted_at >= ?2 AND l.user_id <> ?1
    GROUP BY studied.id`;
}

/** The rows of latestMockPercentilesSql: each exam's percentile, or null (see percentileOfLatestMock). */
export function latestMockPercentilesOf(result: ResultSet | undefined): Map<number, number | null> {
  return new Map(
    (result?.rows ?? []).map((row) => [
      num(row.exam_id),
      num(row.has_own) === 1 ? percentileOf({ others: num(row.others), below: num(row.below) }) : null,
    ]),
  );
}

const ATTEMPT_SQL = `SELECT exam_id, score_percent FROM study_sessions
  WHERE id = ? AND user_id = ? AND mode = 'mock' AND status = 'submitted' AND score_percent IS NOT NULL`;

/**
 * The result page's figure: where this submitted mock's score stands among the other learners'
 * latest mocks now. `undefined` when the attempt is not a scored mock of this learner (nothing is
 * said at all), null under the privacy floor.
 */
export async function percentileOfAttempt(
  actor: SessionUser | null,
  attemptId: string,
  now: Date,
): Promise<number | null | undefined> {
  const user = assertUser(actor);
  const { client } = appDatabase();
  const { rows } = await client.execute({ sql: ATTEMPT_SQL, args: [attemptId, user.id] });
  const row = rows[0];
  if (!row) return undefined;
  return percentileForScore(num(row.exam_id), user.id, num(row.score_percent), now, client);
}

// The result page's figure as ONE statement that needs only the attempt id, so it is read
// together with the attempt itself (server/attempts/result-reads.ts): COUNTS_SQL for the
// attempt's exam, score and learner. Only used once the attempt proved the caller's.
const ATTEMPT_COUNTS_SQL = `SELECT s.id IS NOT NULL AS scored, count(l.user_id) AS others,
    coalesce(sum(l.score_percent < s.score_percent), 0) AS below
  FROM (SELECT ? AS id) a
  LEFT JOIN study_sessions s ON s.id = a.id AND s.mode = 'mock' AND s.status = 'submitted' AND s.score_percent IS NOT NULL
  LEFT JOIN latest_mock_scores l ON l.exam_id = s.exam_id AND l.submitted_at >= ? AND l.user_id <> s.user_id`;

/** percentileOfAttempt as one statement of a read batch; percentileOfAttemptRow reads its row. */
export function attemptPercentileStatement(attemptId: string, now: Date): InStatement {
  return { sql: ATTEMPT_COUNTS_SQL, args: [attemptId, percentileWindowStart(now)] };
}

export function percentileOfAttemptRow(row: Row | undefined): number | null | undefined {
  if (!row || num(row.scored) !== 1) return undefined;
  return percentileOf({ others: num(row.others), below: num(row.below) });
}
