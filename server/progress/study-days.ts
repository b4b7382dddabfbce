import 'server-only';
import type { InStatement, ResultSet } from '@libsql/client';
import { currentStreak, type Streak } from '@/lib/progress/streak';
import { addDaysToKey, localDayKey, localDaysBackFrom, type LocalDay } from '@/lib/progress/time-zone';
import { appDatabase, valuesPlaceholders } from '@/server/db';
import { str } from '@/server/row-values';

/** Recent days, checked on every visit. */
const RECENT_DAYS = 35;
/** Older days are checked in chunks of this many, back to at most MAX_DAYS. */
const OLDER_CHUNK = 120;
const MAX_DAYS = 5 * 366;

// Per local day, two index probes: a review or synced answer (review_logs), or an answer in a
// session still under way (user_answers). Day boundaries come from the learner's time zone.
export function activeDaysSql(days: number): string {
  return `SELECT d.column1 AS day FROM (VALUES ${valuesPlaceholders(days, 3)}) d
    WHERE EXISTS (SELECT 1 FROM review_logs WHERE user_id = ? AND reviewed_at >= d.column2 AND reviewed_at < d.column3)
       OR EXISTS (SELECT 1 FROM user_answers WHERE user_id = ? AND answered_at >= d.column2 AND answered_at < d.column3)`;
}

function activeDaysStatement(userId: string, days: LocalDay[]): InStatement {
  return {
    sql: activeDaysSql(days.length),
    args: [...days.flatMap((d) => [d.key, d.start, d.end]), userId, userId],
  };
}

function daysOf(result: ResultSet | undefined): Set<string> {
  return new Set((result?.rows ?? []).map((row) => str(row.day)));
}

async function activeDays(userId: string, days: LocalDay[]): Promise<Set<string>> {
  return daysOf(await appDatabase().client.execute(activeDaysStatement(userId, days)));
}

/**
 * Days more than five weeks old do not change (answers are written when given, reviews when
 * done), so how many study days in a row end at such a day is remembered per learner, zone and
 * day: a year-long streak is walked once per process and day, not on every visit. Bounded.
 */
const olderRuns = new Map<string, number>();
const MAX_REMEMBERED = 20_000;

async function runEndingAt(userId: string, endKey: string, timeZone: string): Promise<number> {
  const memoKey = `${userId}|${timeZone}|${endKey}`;
  const remembered = olderRuns.get(memoKey);
  if (remembered !== undefined) return remembered;
  let run = 0;
  let from = endKey;
  while (run < MAX_DAYS) {
    const chunk = localDaysBackFrom(from, OLDER_CHUNK, timeZone);
    const studied = await activeDays(userId, chunk);
    const broken = chunk.findIndex((day) => !studied.has(day.key));
    if (broken >= 0) {
      run += broken;
      break;
    }
    run += chunk.length;
    from = addDaysToKey(chunk.at(-1)!.key, -1);
  }
  if (olderRuns.size >= MAX_REMEMBERED) olderRuns.clear();
  olderRuns.set(memoKey, run);
  return run;
}

/** The streak's own read: which of the last RECENT_DAYS local days were study days. */
export function recentDaysStatement(userId: string, now: Date, timeZone: string): InStatement {
  return activeDaysStatement(userId, localDaysBackFrom(localDayKey(now, timeZone), RECENT_DAYS, timeZone));
}

/**
 * The learner's current streak of study days in `timeZone`, from recentDaysStatement's result
 * (read in the dashboard's batch). Only a streak as long as those days reads further back.
 */
export async function studyStreak(
  userId: string,
  now: Date,
  timeZone: string,
  recentResult: ResultSet | undefined,
): Promise<Streak> {
  const todayKey = localDayKey(now, timeZone);
  const recent = localDaysBackFrom(todayKey, RECENT_DAYS, timeZone);
  const streak = currentStreak(daysOf(recentResult), todayKey);
  // Does the streak reach back to the oldest recent day? Then it goes on before it.
  const reachesBack = streak.days === (streak.studiedToday ? RECENT_DAYS : RECENT_DAYS - 1);
  if (!reachesBack) return streak;
  const older = await runEndingAt(userId, addDaysToKey(recent.at(-1)!.key, -1), timeZone);
  return { ...streak, days: streak.days + older };
}
