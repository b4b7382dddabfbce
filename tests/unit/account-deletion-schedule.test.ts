import { describe, expect, it } from 'vitest';
import {
  DELETION_GRACE_DAYS,
  daysUntilDeletion,
  deletionScheduledFor,
  formatDeletionDate,
  isDeletionDue,
} from '@/lib/accounts/deletion-schedule';
import { at, days, minutes, T0 } from '../helpers/time';

describe('deletionScheduledFor', () => {
  it('is 30 days of 24 hours after the request, to the millisecond', () => {
    expect(DELETION_GRACE_DAYS).toBe(30);
    expect(deletionScheduledFor(T0).getTime() - T0.getTime()).toBe(days(30));
  });

  it('counts real hours across a daylight-saving change (the clock is UTC)', () => {
    // Europe and the US move their clocks in the second half of March: still 720 hours later.
    const requested = new Date('2026-03-20T23:30:00Z');
    expect(deletionScheduledFor(requested).toISOString()).toBe('2026-04-19T23:30:00.000Z');
  });

  it('crosses a year end', () => {
    expect(deletionScheduledFor(new Date('2026-12-20T08:00:00Z')).toISOString()).toBe(
      '2027-01-19T08:00:00.000Z',
    );
  });
});

describe('daysUntilDeletion', () => {
  const scheduled = deletionScheduledFor(T0);

  it('is 30 right after the request and counts down by whole days', () => {
    expect(daysUntilDeletion(scheduled, T0)).toBe(30);
    expect(daysUntilDeletion(scheduled, at(days(1)))).toBe(29);
    expect(daysUntilDeletion(scheduled, at(days(29)))).toBe(1);
  });

  it('rounds a part of a day up, so "0 days" only appears once it is due', () => {
    expect(daysUntilDeletion(scheduled, at(days(1) + minutes(1)))).toBe(29);
    expect(daysUntilDeletion(scheduled, at(days(30) - minutes(1)))).toBe(1);
    expect(daysUntilDeletion(scheduled, at(days(30)))).toBe(0);
  });

  it('never goes below zero when the job is late', () => {
    expect(daysUntilDeletion(scheduled, at(days(45)))).toBe(0);
  });
});

describe('isDeletionDue', () => {
  const scheduled = deletionScheduledFor(T0);

  it('is false a minute before the 30 days end and true from the instant they end', () => {
    expect(isDeletionDue(scheduled, T0)).toBe(false);
    expect(isDeletionDue(scheduled, at(days(30) - minutes(1)))).toBe(false);
    expect(isDeletionDue(scheduled, at(days(30)))).toBe(true);
    expect(isDeletionDue(scheduled, at(days(31)))).toBe(true);
  });
});

describe('formatDeletionDate', () => {
  it('names the UTC calendar day in words', () => {
    expect(formatDeletionDate(deletionScheduledFor(T0))).toBe('1 April 2026');
    expect(formatDeletionDate(new Date('2027-01-19T23:59:00Z'))).toBe('19 January 2027');
  });
});
