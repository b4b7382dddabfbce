import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '@/lib/progress/time-zone';
import {
  DEFAULT_SEND_WINDOW,
  duePeriod,
  isoWeekKey,
  isQuietHour,
  localClock,
  sendWindowProblem,
  type EmailKind,
  type SendWindow,
} from '@/lib/notifications/send-window';
import { emailPreferencesSchema } from '@/lib/validation/email-preferences';

const HOUR = 3_600_000;
const clock = (iso: string, zone: string) => localClock(new Date(iso), zone);

/**
 * What the 15-minute job would send over `days` days from `startIso`: the instants (ISO) at
 * which each period first fell due. The set of periods sent stands in for the database key.
 */
function simulate(kind: EmailKind, zone: string, window: SendWindow, startIso: string, days: number) {
  const sent = new Map<string, string>();
  const start = Date.parse(startIso);
  for (let t = start; t < start + days * 24 * HOUR; t += 15 * 60_000) {
    const due = duePeriod(kind, new Date(t), zone, window);
    if (due && !sent.has(due.period)) sent.set(due.period, new Date(t).toISOString());
  }
  return sent;
}

describe('localClock', () => {
  it('skips the hour DST removes: Europe/Berlin goes 01:59 → 03:00 on 29 March 2026', () => {
    expect(clock('2026-03-29T00:59:00Z', 'Europe/Berlin')).toEqual({
      dateKey: '2026-03-29',
      hour: 1,
      minute: 59,
    });
    expect(clock('2026-03-29T01:00:00Z', 'Europe/Berlin')).toEqual({
      dateKey: '2026-03-29',
      hour: 3,
      minute: 0,
    });
  });

  it('shows the repeated hour twice when DST ends: America/New_York on 1 November 2026', () => {
    expect(clock('2026-11-01T05:30:00Z', 'America/New_York').hour).toBe(1);
    expect(clock('2026-11-01T06:30:00Z', 'America/New_York').hour).toBe(1);
  });

  it('handles half-hour DST shifts: Australia/Lord_Howe falls back 02:00 → 01:30 on 5 April 2026', () => {
    // +11:00 before, +10:30 after.
    expect(clock('2026-04-04T14:59:00Z', 'Australia/Lord_Howe')).toMatchObject({ hour: 1, minute: 59 });
    expect(clock('2026-04-04T15:00:00Z', 'Australia/Lord_Howe')).toMatchObject({ hour: 1, minute: 30 });
  });
});

describe('local days around DST', () => {
  const length = (zone: string, day: string, next: string) =>
    (startOfLocalDay(next, zone) - startOfLocalDay(day, zone)) / HOUR;

  it('a spring-forward day is 23 hours and a fall-back day 25 (Berlin, New York)', () => {
    expect(length('Europe/Berlin', '2026-03-29', '2026-03-30')).toBe(23);
    expect(length('Europe/Berlin', '2026-10-25', '2026-10-26')).toBe(25);
    expect(length('America/New_York', '2026-03-08', '2026-03-09')).toBe(23);
    expect(length('America/New_York', '2026-11-01', '2026-11-02')).toBe(25);
  });

  it('Lord Howe days are 24.5 and 23.5 hours', () => {
    expect(length('Australia/Lord_Howe', '2026-04-05', '2026-04-06')).toBe(24.5);
    expect(length('Australia/Lord_Howe', '2026-10-04', '2026-10-05')).toBe(23.5);
  });
});

describe('isQuietHour', () => {
  const night = { quietStart: 21, quietEnd: 8 };
  it('spans midnight when it starts later than it ends', () => {
    expect([20, 21, 23, 0, 7, 8].map((h) => isQuietHour(h, night))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('is a plain range within a day, and nothing when start equals end', () => {
    expect([12, 13, 14].map((h) => isQuietHour(h, { quietStart: 13, quietEnd: 14 }))).toEqual([
      false,
      true,
      false,
    ]);
    expect(HOURS.some((h) => isQuietHour(h, { quietStart: 5, quietEnd: 5 }))).toBe(false);
  });
});
const HOURS = Array.from({ length: 24 }, (_, h) => h);

describe('the daily reminder: once per local day, at the send hour, never in quiet hours', () => {
  it('goes out at 18:00 local each day across the Berlin spring-forward', () => {
    const sent = simulate('daily_reminder', 'Europe/Berlin', DEFAULT_SEND_WINDOW, '2026-03-27T00:00:00Z', 4);
    expect([...sent]).toEqual([
      ['2026-03-27', '2026-03-27T17:00:00.000Z'], // CET, UTC+1
      ['2026-03-28', '2026-03-28T17:00:00.000Z'],
      ['2026-03-29', '2026-03-29T16:00:00.000Z'], // CEST from today, UTC+2
      ['2026-03-30', '2026-03-30T16:00:00.000Z'],
    ]);
  });

  it('sends once on a New York fall-back day, even at an hour that happens twice', () => {
    const window = { sendHour: 1, quietStart: 22, quietEnd: 0 };
    const sent = simulate('daily_reminder', 'America/New_York', window, '2026-11-01T04:00:00Z', 1);
    // 01:00 EDT is 05:00Z; 01:00 EST (06:00Z) is the same local day: nothing more.
    expect([...sent]).toEqual([['2026-11-01', '2026-11-01T05:00:00.000Z']]);
  });

  it('a send hour that DST skips goes out at the first hour after it', () => {
    const window = { sendHour: 2, quietStart: 22, quietEnd: 0 };
    const sent = simulate('daily_reminder', 'Europe/Berlin', window, '2026-03-28T23:00:00Z', 1);
    // 02:00 does not exist on 29 March in Berlin: 03:00 CEST is 01:00Z.
    expect([...sent]).toEqual([['2026-03-29', '2026-03-29T01:00:00.000Z']]);
  });

  it('uses the half-hour zone Lord Howe at its local 18:00 on both sides of the change', () => {
    const sent = simulate(
      'daily_reminder',
      'Australia/Lord_Howe',
      DEFAULT_SEND_WINDOW,
      '2026-04-03T13:00:00Z',
      3,
    );
    expect([...sent]).toEqual([
      ['2026-04-04', '2026-04-04T07:00:00.000Z'], // +11:00
      ['2026-04-05', '2026-04-05T07:30:00.000Z'], // +10:30
      ['2026-04-06', '2026-04-06T07:30:00.000Z'],
    ]);
  });

  it('never sends in quiet hours that span midnight, however late the send hour', () => {
    const window = { sendHour: 22, quietStart: 23, quietEnd: 7 };
    const sent = simulate('daily_reminder', 'UTC', window, '2026-06-01T00:00:00Z', 3);
    expect([...sent.values()]).toEqual([
      '2026-06-01T22:00:00.000Z',
      '2026-06-02T22:00:00.000Z',
      '2026-06-03T22:00:00.000Z',
    ]);
    for (const minute of [23 * 60, 23 * 60 + 45, 0, 6 * 60 + 45])
      expect(
        duePeriod('daily_reminder', new Date(Date.UTC(2026, 5, 2, 0, minute)), 'UTC', window),
      ).toBeNull();
  });

  it("a learner still gets the day's reminder when the worker was down at the send hour", () => {
    const due = duePeriod('daily_reminder', new Date('2026-12-05T19:40:00Z'), 'UTC', DEFAULT_SEND_WINDOW);
    expect(due).toMatchObject({ period: '2026-12-05', today: '2026-12-05' });
    expect(due!.from).toBe(Date.parse('2026-12-05T00:00:00Z'));
  });
});

describe('the weekly summary', () => {
  it('covers last Monday–Sunday in local time and goes out once, on Monday at the send hour', () => {
    const sent = simulate('weekly_summary', 'Europe/Berlin', DEFAULT_SEND_WINDOW, '2026-12-07T00:00:00Z', 14);
    expect([...sent]).toEqual([
      ['2026-W49', '2026-12-07T17:00:00.000Z'],
      ['2026-W50', '2026-12-14T17:00:00.000Z'],
    ]);
    const monday = duePeriod(
      'weekly_summary',
      new Date('2026-12-07T17:00:00Z'),
      'Europe/Berlin',
      DEFAULT_SEND_WINDOW,
    )!;
    expect(monday.period).toBe('2026-W49');
    expect(new Date(monday.from).toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(new Date(monday.to).toISOString()).toBe('2026-12-06T23:00:00.000Z');
  });

  it('names ISO weeks across year ends', () => {
    expect(isoWeekKey('2026-12-05')).toBe('2026-W49');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(isoWeekKey('2026-01-04')).toBe('2026-W01');
  });
});

describe('saving a send window', () => {
  it('refuses a send hour inside the quiet hours', () => {
    expect(sendWindowProblem({ sendHour: 7, quietStart: 21, quietEnd: 8 })).toMatch(/quiet hours/);
    expect(sendWindowProblem(DEFAULT_SEND_WINDOW)).toBeNull();
  });

  const form = {
    timeZone: 'Europe/Berlin',
    sendHour: '18',
    quietStart: '21',
    quietEnd: '8',
    dailyReminder: 'on',
    dailyReminderWording: 'daily-reminder-v1',
  };

  it('accepts IANA zones and refuses anything else', () => {
    expect(emailPreferencesSchema.safeParse(form).success).toBe(true);
    for (const timeZone of ['Mars/Olympus', '+01:00', 'Europe/Berlin; DROP', ''])
      expect(emailPreferencesSchema.safeParse({ ...form, timeZone }).success).toBe(false);
  });

  it('refuses a tick next to wording other than the current one (a stale page)', () => {
    const parsed = emailPreferencesSchema.safeParse({ ...form, dailyReminderWording: 'daily-reminder-v0' });
    expect(parsed.success).toBe(false);
  });
});
