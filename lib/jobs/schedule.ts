import { Cron } from 'croner';

/**
 * The next time a cron pattern (5 fields, or 6 with seconds) fires strictly after `now`, in UTC.
 * croner does the calendar arithmetic (month lengths, day-of-week rules) we should not write.
 */
export function nextRunAfter(pattern: string, now: Date): Date {
  const next = new Cron(pattern, { timezone: 'UTC', paused: true }).nextRun(now);
  if (!next) throw new Error(`The schedule "${pattern}" never fires again.`);
  return next;
}
