/**
 * The hot queries of the dashboard and the review queue with sample arguments, for EXPLAIN QUERY
 * PLAN: bench/progress.bench.ts prints their plans, and tests/integration/progress/query-plans
 * checks that none of them scans a table that grows with the learners' answers.
 */
import { COUNTS_SQL } from '../server/progress/card-counts';
import { objectiveFactsSql, STUDIED_SQL } from '../server/progress/exam-facts';
import { recentAnswersSql } from '../server/progress/recent-answers';
import { HISTORY_SQL, MOCKS_SQL } from '../server/progress/session-scores';
import { activeDaysSql } from '../server/progress/study-days';
import { PENDING_SQL, WAITING_SQL } from '../server/review/catch-up';
import { DUE_COUNT_SQL, QUEUE_SQL, REVIEWED_TODAY_SQL } from '../server/review/queue';
import { CONTEXT_SQL } from '../server/review/review-context';
import { ANSWERS_SQL } from '../server/review/session-sync';
import { LAST_STUDY_SQL, planSeenSql } from '../server/study-plan/plan-facts';

export interface HotQuery {
  name: string;
  sql: string;
  args: (string | number | null)[];
}

export function hotQueries(userId: string, now: number): HotQuery[] {
  const day = 86_400_000;
  return [
    { name: 'catch-up: pending sessions', sql: PENDING_SQL, args: [userId, userId] },
    { name: 'catch-up: waiting sessions', sql: WAITING_SQL, args: [userId, 25] },
    { name: "sync: a session's answers and cards", sql: ANSWERS_SQL, args: ['session-id'] },
    { name: 'dashboard: studied exams', sql: STUDIED_SQL, args: [userId, userId, userId] },
    { name: 'study plan: seen per objective', sql: planSeenSql(2), args: [now, userId, 1, 2] },
    { name: 'study plan: last study', sql: LAST_STUDY_SQL, args: [userId, userId] },
    { name: 'dashboard: objectives, bank sizes, totals', sql: objectiveFactsSql(2), args: [userId, 1, 2] },
    {
      name: 'dashboard: recent answers per objective',
      sql: recentAnswersSql([1, 0]),
      args: [1, 'mock-id', 'mock-id', userId, 1, 2, userId, 2],
    },
    { name: 'dashboard: cards seen and due per exam', sql: COUNTS_SQL, args: [now + day, userId] },
    { name: 'dashboard: score history', sql: HISTORY_SQL, args: [userId, 1] },
    { name: 'dashboard: latest mocks', sql: MOCKS_SQL, args: [userId, 1] },
    {
      name: 'dashboard: study days',
      sql: activeDaysSql(2),
      args: ['2026-11-20', now - day, now, '2026-11-19', now - 2 * day, now - day, userId, userId],
    },
    { name: 'review: queue', sql: QUEUE_SQL, args: [userId, now + day, null, null, 10] },
    { name: 'review: due count', sql: DUE_COUNT_SQL, args: [userId, now + day, null, null] },
    { name: 'review: reviewed today', sql: REVIEWED_TODAY_SQL, args: [userId, now - day / 2] },
    { name: 'review: context of one review', sql: CONTEXT_SQL, args: [1, 'r:key', 1] },
  ];
}

/**
 * Plan lines that scan a table instead of searching it (EXPLAIN QUERY PLAN prints tables by their
 * alias, so any SCAN counts, except of a co-routine (a VALUES list or subquery the plan builds
 * itself) or of constant rows).
 */
export function fullScans(planLines: string[]): string[] {
  const lines = planLines.map((line) => line.trim());
  const coroutines = new Set(
    lines.filter((l) => l.startsWith('CO-ROUTINE ')).map((l) => l.slice('CO-ROUTINE '.length)),
  );
  return lines.filter((line) => {
    const scanned = /^SCAN (.+?)(?: USING .*)?$/.exec(line)?.[1];
    if (scanned === undefined) return false;
    return !coroutines.has(scanned) && !/CONSTANT ROWS?$/.test(scanned);
  });
}
