import { addDaysToKey, formatterPerZone, localDayKey, startOfLocalDay } from '@/lib/progress/time-zone';

/**
 * When an opted-in learner's reminder or weekly summary may go out, in their own time zone.
 * Pure: the caller passes `now`. The job (server/notifications/digests.ts) runs every 15 minutes
 * and asks, per learner and kind, which period (local day or week) is due; the database then
 * makes sure each period is sent at most once.
 */

export const EMAIL_KINDS = ['daily_reminder', 'weekly_summary'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface SendWindow {
  /** The earliest local hour (0–23) an email may go out on its day. */
  sendHour: number;
  /** No email from this local hour… */
  quietStart: number;
  /** …until this one (exclusive). Equal hours: no quiet hours. Start > end spans midnight. */
  quietEnd: number;
}

/** An evening nudge, never at night: 18:00, quiet 21:00–08:00. */
export const DEFAULT_SEND_WINDOW: SendWindow = { sendHour: 18, quietStart: 21, quietEnd: 8 };

export interface LocalClock {
  /** YYYY-MM-DD in the zone. */
  dateKey: string;
  hour: number;
  minute: number;
}

const clockFormatter = formatterPerZone('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The wall clock in `timeZone` at an instant (a DST gap never shows: 02:30 does not exist that day). */
export function localClock(at: Date, timeZone: string): LocalClock {
  const parts = clockFormatter(timeZone).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { dateKey: localDayKey(at, timeZone), hour: part('hour') % 24, minute: part('minute') };
}

export function isQuietHour(hour: number, window: Pick<SendWindow, 'quietStart' | 'quietEnd'>): boolean {
  const { quietStart: start, quietEnd: end } = window;
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Monday of the ISO week that holds `dateKey`. */
export function weekStartKey(dateKey: string): string {
  const weekday = new Date(`${dateKey}T12:00:00Z`).getUTCDay() || 7;
  return addDaysToKey(dateKey, 1 - weekday);
}

/** The ISO week of a date, e.g. "2026-W49" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekKey(dateKey: string): string {
  const thursday = addDaysToKey(weekStartKey(dateKey), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDaysToKey(weekStartKey(`${year}-01-04`), 3);
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export interface DuePeriod {
  /** The key that is sent at most once per learner and kind: a local date, or an ISO week. */
  period: string;
  /** The local day (daily) or the finished week (weekly) the email is about, epoch ms [from, to). */
  from: number;
  to: number;
  /** The learner's local date now. */
  today: string;
}

/**
 * The period due for `kind` at `now`, or null when it is too early in the local day or quiet
 * hours. A daily reminder is about today; a weekly summary is about the last full week (Monday
 * to Sunday) and is due from the send hour of any day of the next week — normally Monday, later
 * only when no worker ran then.
 */
export function duePeriod(
  kind: EmailKind,
  now: Date,
  timeZone: string,
  window: SendWindow,
): DuePeriod | null {
  const clock = localClock(now, timeZone);
  if (clock.hour < window.sendHour || isQuietHour(clock.hour, window)) return null;
  if (kind === 'daily_reminder') {
    return {
      period: clock.dateKey,
      from: startOfLocalDay(clock.dateKey, timeZone),
      to: startOfLocalDay(addDaysToKey(clock.dateKey, 1), timeZone),
      today: clock.dateKey,
    };
  }
  const lastWeek = addDaysToKey(weekStartKey(clock.dateKey), -7);
  return {
    period: isoWeekKey(lastWeek),
    from: startOfLocalDay(lastWeek, timeZone),
    to: startOfLocalDay(addDaysToKey(lastWeek, 7), timeZone),
    today: clock.dateKey,
  };
}

/** Why a window cannot be saved, or null. */
export function sendWindowProblem(window: SendWindow): string | null {
  if (isQuietHour(window.sendHour, window))
    return 'Your send time falls inside your quiet hours: choose an earlier or later hour, or shorter quiet hours.';
  return null;
}

/** "18:00" for an hour 0–23. */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
