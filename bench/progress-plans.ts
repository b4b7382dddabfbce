/**
 * The hot queries of the dashboard and the review queue with sample arguments, for EXPLAIN QUERY
 * PLAN: bench/progress.bench.ts prints their plans, and tests/integration/progress/query-plans
 * checks that none of them scans a table that grows with the learners' answers.
 */
import { COUNTS_SQL } from '../server/progress/card-counts';
import { OBJECTIVE_FACTS_SQL, STUDIED_CTE, STUDIED_SQL } from '../server/progress/exam-facts';
import { latestMockPercentilesSql } from '../server/percentile/queries';
import { HISTORY_SQL, MOCKS_SQL } from '../server/progress/session-scores';
import { activeDaysSql } from '../server/progress/study-days';
import { PENDING_SQL, WAITING_SQL } from '../server/review/catch-up';
import { DUE_COUNT_SQL, QUEUE_SQL, REVIEWED_TODAY_SQL } from '../server/review/queue';
import { CONTEXT_SQL } from '../server/review/review-context';
import { ANSWERS_SQL } from '../server/review/session-sync';
import { LAST_STUDY_SQL, PLAN_SEEN_SQL } from '../server/study-plan/plan-facts';
import { TARGETS_SQL } from '../server/study-plan/targets';

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
    { name: 'dashboard: studied exams', sql: STUDIED_SQL, args: [userId] },
    { name: 'study plan: exam dates', sql: TARGETS_SQL, args: [userId] },
    { name: 'study plan: seen per objective', sql: PLAN_SEEN_SQL, args: [userId, now] },
    { name: 'study plan: last study', sql: LAST_STUDY_SQL, args: [userId] },
    {
      name: 'dashboard: objectives, bank sizes, totals, recent answers',
      sql: OBJECTIVE_FACTS_SQL,
      args: [userId],
    },
    { name: 'dashboard: cards seen and due per exam', sql: COUNTS_SQL, args: [userId, now + day] },
    { name: 'dashboard: score history', sql: HISTORY_SQL, args: [userId] },
    { name: 'dashboard: latest mocks', sql: MOCKS_SQL, args: [userId] },
    {
      name: 'dashboard: percentiles of the latest mocks',
      sql: latestMockPercentilesSql(STUDIED_CTE),
      args: [userId, now - 90 * day],
    },
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
  // A CTE or subquery the plan materializes is a table of its own, built from searched rows.
  const coroutines = new Set(
    lines
      .filter((l) => l.startsWith('CO-ROUTINE ') || l.startsWith('MATERIALIZE '))
      .map((l) => l.slice(l.indexOf(' ') + 1)),
  );
  return lines.filter((line) => {
    const scanned = /^SCAN (.+?)(?: USING .*)?$/.exec(line)?.[1];
    if (scanned === undefined) return false;
    return !coroutines.has(scanned) && !/CONSTANT ROWS?$/.test(scanned);
  });
}
