// When a scheduled account deletion happens, and what to tell the learner about it. Pure: the
// clock comes in as an argument (server/accounts/deletion.ts passes the request's time).

/** How long a deletion waits: signing in before then cancels it. */
export const DELETION_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

/** The instant a deletion asked for at `requestedAt` happens: exactly 30 × 24 hours later. */
export function deletionScheduledFor(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + DELETION_GRACE_DAYS * DAY_MS);
}

/** Whole days until the deletion, rounded up (a deletion 2 hours away is "1 day"); 0 once due. */
export function daysUntilDeletion(scheduledFor: Date, now: Date): number {
  return Math.max(0, Math.ceil((scheduledFor.getTime() - now.getTime()) / DAY_MS));
}

/** The erase job may delete the account: the grace period is over. */
export function isDeletionDue(scheduledFor: Date, now: Date): boolean {
  return now.getTime() >= scheduledFor.getTime();
}

/**
 * "6 January 2027": the calendar date in UTC, for an email that cannot know the reader's zone.
 * The deletion happens at the time the request was made, so the date is the day it happens.
 */
export function formatDeletionDate(scheduledFor: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(scheduledFor);
}
