import { describe, expect, it } from 'vitest';
import { currentStreak } from '@/lib/progress/streak';
import {
  addDaysToKey,
  endOfLocalToday,
  localDay,
  localDayKey,
  localDaysBackFrom,
  parseTimeZone,
  startOfLocalDay,
} from '@/lib/progress/time-zone';

const hour = 3_600_000;

/** The set of local days on which these instants fall, in `tz`. */
function daysOf(instants: Date[], tz: string): Set<string> {
  return new Set(instants.map((d) => localDayKey(d, tz)));
}

describe('streaks', () => {
  it('counts consecutive days up to today, and stays alive until a whole day is missed', () => {
    const days = new Set(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(currentStreak(days, '2026-03-03')).toEqual({ days: 3, studiedToday: true });
    expect(currentStreak(days, '2026-03-04')).toEqual({ days: 3, studiedToday: false });
    expect(currentStreak(days, '2026-03-05')).toEqual({ days: 0, studiedToday: false });
    expect(currentStreak(new Set(), '2026-03-05')).toEqual({ days: 0, studiedToday: false });
  });

  it('crosses month and year ends', () => {
    expect(
      currentStreak(new Set(['2025-12-31', '2026-01-01', '2026-02-28', '2026-03-01']), '2026-03-01').days,
    ).toBe(2);
    expect(addDaysToKey('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDaysToKey('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('depends on the time zone around midnight', () => {
    // 23:30 UTC on three evenings, then 00:30 UTC two days later.
    const sessions = [
      Date.UTC(2026, 2, 1, 23, 30),
      Date.UTC(2026, 2, 2, 23, 30),
      Date.UTC(2026, 2, 3, 23, 30),
      Date.UTC(2026, 2, 5, 0, 30),
    ].map((t) => new Date(t));
    const now = new Date(Date.UTC(2026, 2, 5, 1, 0));
    // UTC: 1, 2, 3 March and 5 March: the gap on the 4th broke it; today counts 1.
    expect(currentStreak(daysOf(sessions, 'UTC'), localDayKey(now, 'UTC'))).toEqual({
      days: 1,
      studiedToday: true,
    });
    // New York (UTC-5): 1, 2, 3 March evenings and 4 March 19:30: four days in a row; now is
    // 20:00 on the 4th.
    expect(currentStreak(daysOf(sessions, 'America/New_York'), localDayKey(now, 'America/New_York'))).toEqual(
      { days: 4, studiedToday: true },
    );
    // Berlin (UTC+1): 2, 3, 4 March early mornings and 5 March 01:30: four days.
    expect(currentStreak(daysOf(sessions, 'Europe/Berlin'), localDayKey(now, 'Europe/Berlin'))).toEqual({
      days: 4,
      studiedToday: true,
    });
  });

  it('keeps a streak across a DST change (a 23-hour day)', () => {
    const tz = 'Europe/Paris';
    // Clocks go forward on 29 March 2026. Study at 08:00 local every day from 27 to 30 March.
    const mornings = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'].map(
      (key) => new Date(startOfLocalDay(key, tz) + 8 * hour),
    );
    expect(mornings.map((d) => localDayKey(d, tz))).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
    ]);
    expect(currentStreak(daysOf(mornings, tz), '2026-03-30').days).toBe(4);
  });
});

describe('local days', () => {
  it('start at local midnight, with 23- and 25-hour days at DST changes', () => {
    expect(localDay('2026-03-08', 'America/New_York')).toEqual({
      key: '2026-03-08',
      start: Date.UTC(2026, 2, 8, 5),
      end: Date.UTC(2026, 2, 9, 4),
    });
    expect(localDay('2026-10-25', 'Europe/London')).toMatchObject({
      start: Date.UTC(2026, 9, 24, 23),
      end: Date.UTC(2026, 9, 26, 0),
    });
    expect(startOfLocalDay('2026-03-02', 'Asia/Kathmandu')).toBe(Date.UTC(2026, 2, 1, 18, 15));
    expect(startOfLocalDay('2026-03-02', 'Pacific/Kiritimati')).toBe(Date.UTC(2026, 2, 1, 10));
  });

  it('start at 01:00 where DST skips midnight (Santiago, September)', () => {
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'America/Santiago',
        hour: '2-digit',
        minute: '2-digit',
      }).format(start),
    ).toBe('01:00');
    expect(localDayKey(start - 60_000, 'America/Santiago')).toBe('2026-09-05');
  });

  it('list consecutive days back from today, each ending where the next begins', () => {
    const days = localDaysBackFrom('2026-03-30', 5, 'Europe/Paris');
    expect(days.map((d) => d.key)).toEqual([
      '2026-03-30',
      '2026-03-29',
      '2026-03-28',
      '2026-03-27',
      '2026-03-26',
    ]);
    for (let i = 1; i < days.length; i += 1) expect(days[i]!.end).toBe(days[i - 1]!.start);
    expect(days.map((d) => (d.end - d.start) / hour)).toEqual([24, 23, 24, 24, 24]);
  });

  it('end "today" at the learner\'s midnight', () => {
    const now = new Date(Date.UTC(2026, 2, 2, 20, 0));
    expect(endOfLocalToday(now, 'UTC')).toBe(Date.UTC(2026, 2, 3));
    expect(endOfLocalToday(now, 'Asia/Tokyo')).toBe(Date.UTC(2026, 2, 3, 15));
    expect(endOfLocalToday(now, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 3, 8));
  });

  it('accept only time zone names the runtime knows', () => {
    expect(parseTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(parseTimeZone('US/Pacific')).toBe('US/Pacific');
    expect(parseTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    for (const bad of [
      'Mars/Olympus',
      '',
      'Europe/Paris; DROP TABLE',
      '../../etc/passwd',
      'x'.repeat(80),
      42,
      null,
      undefined,
    ]) {
      expect(parseTimeZone(bad), String(bad)).toBeNull();
    }
  });
});
