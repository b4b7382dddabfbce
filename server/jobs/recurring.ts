import 'server-only';
import type { DatabaseHandle } from '@/database/client';
import { nextRunAfter } from '@/lib/jobs/schedule';
import { appDatabase } from '../db';
import { enqueueJobStatement, type NewJob } from './queue';

/**
 * The jobs that run on a schedule (cron patterns, UTC). Each has exactly one open run in the
 * queue, keyed by its kind: finishing a run queues the next one (queue.ts recordOutcomeStatements).
 */
export const RECURRING_JOBS = [
  // Emails are also pulled forward the moment one is queued (server/email/outbox.ts).
  { kind: 'email.deliver', schedule: '* * * * *' },
  { kind: 'review.catch-up', schedule: '*/10 * * * *' },
  { kind: 'jobs.prune', schedule: '17 3 * * *' },
  { kind: 'accounts.erase-due', schedule: '41 * * * *' },
  { kind: 'email.digests', schedule: '*/15 * * * *' },
] as const;

export type RecurringKind = (typeof RECURRING_JOBS)[number]['kind'];

/** The next run of a recurring job after `now`, or null when `kind` is not recurring. */
export function nextRecurringRun(kind: string, now: Date): NewJob | null {
  const recurring = RECURRING_JOBS.find((job) => job.kind === kind);
  if (!recurring) return null;
  return { kind, dedupeKey: kind, runAt: nextRunAfter(recurring.schedule, now) };
}

/**
 * Queues the first run of every recurring job that has no open run (a new database, or one whose
 * run failed for good). A no-op otherwise: it never moves a queued run.
 */
export async function ensureRecurringJobs(now: Date, handle: DatabaseHandle = appDatabase()) {
  const [first, ...rest] = RECURRING_JOBS.map((job) =>
    enqueueJobStatement({ kind: job.kind, dedupeKey: job.kind, runAt: now }, now, 'keep', handle),
  );
  await handle.write(() => handle.db.batch([first!, ...rest]));
}
