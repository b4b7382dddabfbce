import 'server-only';
import type { InStatement, ResultSet } from '@libsql/client';
import { percentileWindowStart } from '@/lib/progress/percentile';
import { endOfLocalToday } from '@/lib/progress/time-zone';
import { appDatabase } from '@/server/db';
import { catchUpStatements } from '@/server/review/catch-up';
import { latestMockPercentilesSql } from '@/server/percentile/queries';
import { planFactsStatements } from '@/server/study-plan/plan-facts';
import { TARGETS_SQL } from '@/server/study-plan/targets';
import { COUNTS_SQL } from './card-counts';
import { OBJECTIVE_FACTS_SQL, STUDIED_CTE, STUDIED_SQL } from './exam-facts';
import { HISTORY_SQL, MOCKS_SQL } from './session-scores';
import { recentDaysStatement } from './study-days';

/**
 * Everything the everyday dashboard shows, as ONE read batch (one round trip, one snapshot)
 * that needs only the learner's id: against a remote primary the page then costs the session
 * check and this, where it used to wait for four reads one after the other (the studied exams,
 * then their objectives and mocks, then the mastery windows that need the mocks' ids). Every
 * per-exam statement finds the studied exams itself (exam-facts.ts's `studied` CTE) and the
 * windows find the readiness mocks by subquery, so no statement waits for another's answer.
 *
 * The order of the statements is the order of `results`; dashboardFactsOf names them.
 */
export interface DashboardReads {
  userId: string;
  /** Which learner zone and instant the reads were made for (today's due cards, the streak). */
  timeZone: string;
  now: number;
  results: ResultSet[];
}

function dashboardStatements(userId: string, now: Date, timeZone: string): InStatement[] {
  return [
    // 0–1: the review catch-up's check (the first visit syncs, then reads again).
    ...catchUpStatements(userId),
    { sql: STUDIED_SQL, args: [userId] },
    recentDaysStatement(userId, now, timeZone),
    { sql: TARGETS_SQL, args: [userId] },
    { sql: OBJECTIVE_FACTS_SQL, args: [userId] },
    { sql: COUNTS_SQL, args: [userId, endOfLocalToday(now, timeZone)] },
    { sql: HISTORY_SQL, args: [userId] },
    { sql: MOCKS_SQL, args: [userId] },
    { sql: latestMockPercentilesSql(STUDIED_CTE), args: [userId, percentileWindowStart(now)] },
    // 10–11: the study plan's seen counts and last study day.
    ...planFactsStatements(userId, now, timeZone),
  ];
}

/** Reads the dashboard's facts for `userId` in one read batch. Read-only, whoever asks. */
export async function readDashboard(userId: string, now: Date, timeZone: string): Promise<DashboardReads> {
  const results = await appDatabase().client.batch(dashboardStatements(userId, now, timeZone), 'read');
  return { userId, timeZone, now: now.getTime(), results };
}

/**
 * readDashboard started before the session check has answered, for the learner the session
 * cookie names (`claimedUserId`): null without one. getDashboard uses it only when the confirmed
 * user is that learner (and the zone and instant are its own); a rejection is left to it.
 */
export function preloadDashboard(
  claimedUserId: string | null,
  now: Date,
  timeZone: string,
): Promise<DashboardReads | null> {
  const reads = claimedUserId ? readDashboard(claimedUserId, now, timeZone) : Promise.resolve(null);
  reads.catch(() => undefined);
  return reads;
}

/** The batch's results by name (see dashboardStatements for their order). */
export function dashboardFactsOf({ results }: DashboardReads) {
  const [pending, waiting, studied, recentDays, targets, objectives, cards, history, mocks, percentiles] =
    results;
  const [planSeen, lastStudy] = results.slice(10);
  return {
    catchUp: [pending, waiting],
    studied,
    recentDays,
    targets,
    objectives,
    cards,
    history,
    mocks,
    percentiles,
    plan: { seen: planSeen, last: lastStudy },
  };
}
