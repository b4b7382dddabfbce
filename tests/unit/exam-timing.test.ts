import { describe, expect, it } from 'vitest';
import {
  closingOf,
  DEADLINE_GRACE_MS,
  deadlineAfter,
  describeRemaining,
  formatClock,
  formatSpan,
  isPastDeadline,
  practiceMinutes,
  remainingMs,
  timerTone,
  timeUsedMs,
} from '@/lib/exam/timing';

const start = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('deadlines', () => {
  it('adds the exam duration to the start', () => {
    expect(deadlineAfter(start, 30).toISOString()).toBe('2026-03-01T10:30:00.000Z');
  });

  it('an attempt is past its deadline only after the grace for answers in flight', () => {
    const deadline = deadlineAfter(start, 1);
    expect(isPastDeadline(deadline, at(59_999))).toBe(false);
    expect(isPastDeadline(deadline, at(60_000))).toBe(false);
    expect(isPastDeadline(deadline, at(60_000 + DEADLINE_GRACE_MS - 1))).toBe(false);
    expect(isPastDeadline(deadline, at(60_000 + DEADLINE_GRACE_MS))).toBe(true);
    expect(isPastDeadline(null, at(10 ** 12))).toBe(false);
  });

  it('remaining time never goes below zero; untimed sessions have none', () => {
    const deadline = deadlineAfter(start, 1);
    expect(remainingMs(deadline, at(15_000))).toBe(45_000);
    expect(remainingMs(deadline, at(90_000))).toBe(0);
    expect(remainingMs(null, at(0))).toBeNull();
  });

  it('closing after the deadline is a timeout recorded at the deadline', () => {
    const deadline = deadlineAfter(start, 30);
    expect(closingOf(deadline, at(10 * 60_000))).toEqual({ submittedAt: at(10 * 60_000), reason: 'learner' });
    expect(closingOf(deadline, at(5 * 3600_000))).toEqual({ submittedAt: deadline, reason: 'timeout' });
    expect(closingOf(deadline, deadline)).toEqual({ submittedAt: deadline, reason: 'timeout' });
    expect(closingOf(null, at(5 * 3600_000)).reason).toBe('learner');
    expect(timeUsedMs(start, closingOf(deadline, at(5 * 3600_000)).submittedAt)).toBe(30 * 60_000);
  });

  it('gives timed practice the exam pace', () => {
    expect(practiceMinutes(130, 65, 10)).toBe(20);
    expect(practiceMinutes(30, 10, 3)).toBe(9);
    expect(practiceMinutes(1, 3, 1)).toBe(1);
    expect(practiceMinutes(90, 60, 7)).toBe(11);
  });
});

describe('display', () => {
  it('formats the countdown, rounding seconds up', () => {
    expect(formatClock(30 * 60_000)).toBe('30:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(100)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('warns at five minutes and turns critical in the last minute', () => {
    expect(timerTone(5 * 60_000 + 1)).toBe('normal');
    expect(timerTone(5 * 60_000)).toBe('warning');
    expect(timerTone(60_000)).toBe('critical');
  });

  it('formats spans and spoken remaining time', () => {
    expect(formatSpan(45_000)).toBe('45 s');
    expect(formatSpan(12 * 60_000 + 5_000)).toBe('12 min 5 s');
    expect(formatSpan(3_840_000)).toBe('1 h 4 min');
    expect(formatSpan(7_200_000)).toBe('2 h');
    expect(describeRemaining(125_000)).toBe('2 minutes 5 seconds left');
    expect(describeRemaining(3_600_000)).toBe('1 hour left');
    expect(describeRemaining(0)).toBe('0 seconds left');
  });
});
