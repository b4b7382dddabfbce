/**
 * Time rules of an attempt, as pure functions of `now`. The server's deadline is the truth;
 * the client only displays it (corrected for the offset between the two clocks).
 */

/** An answer the learner chose in the last moment may arrive a little late; this much is allowed. */
export const DEADLINE_GRACE_MS = 2_000;
/** The countdown warns when this much time is left. */
export const WARNING_MS = 5 * 60_000;
export const CRITICAL_MS = 60_000;

export function deadlineAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

/**
 * A timed practice session gets the exam's pace: its minutes per question times the number of
 * questions, rounded up to whole minutes, at least one.
 */
export function practiceMinutes(examMinutes: number, examQuestionCount: number, count: number): number {
  if (examQuestionCount <= 0) return Math.max(1, count);
  return Math.max(1, Math.ceil((examMinutes * count) / examQuestionCount));
}

/** True once the deadline (plus the grace for answers in flight) has passed. */
export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() >= deadline.getTime() + DEADLINE_GRACE_MS;
}

export function remainingMs(deadline: Date | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, deadline.getTime() - now.getTime());
}

export type SubmitReason = 'learner' | 'timeout';

/**
 * When and why an attempt ends if it is submitted `now`: a submission at or after the deadline
 * counts as a timeout and is recorded at the deadline (the time used never exceeds the limit,
 * even when the attempt is only closed hours later, the next time something touches it).
 */
export function closingOf(deadline: Date | null, now: Date): { submittedAt: Date; reason: SubmitReason } {
  if (deadline !== null && now.getTime() >= deadline.getTime())
    return { submittedAt: deadline, reason: 'timeout' };
  return { submittedAt: now, reason: 'learner' };
}

export function timeUsedMs(startedAt: Date, endedAt: Date): number {
  return Math.max(0, endedAt.getTime() - startedAt.getTime());
}

export type TimerTone = 'normal' | 'warning' | 'critical';

export function timerTone(remaining: number): TimerTone {
  if (remaining <= CRITICAL_MS) return 'critical';
  if (remaining <= WARNING_MS) return 'warning';
  return 'normal';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A countdown face: "29:05", "1:02:03"; seconds round up so 0:00 means time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A readable span: "45 s", "12 min 5 s", "1 h 4 min". */
export function formatSpan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

/** Spoken form for screen readers: "12 minutes 5 seconds left". */
export function describeRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (!hours && (seconds || parts.length === 0)) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return `${parts.join(' ')} left`;
}
