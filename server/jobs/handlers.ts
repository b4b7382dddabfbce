import 'server-only';
import { and, eq, lt, notExists, sql } from 'drizzle-orm';
import { jobs, reviewSessionSyncs, studySessions } from '@/database/schema';
import { eraseDueAccounts } from '../accounts/erase-due-accounts';
import { appDatabase } from '../db';
import { deliverPendingEmails } from '../email/outbox';
import { sendDueDigests } from '../notifications/digests';
import { catchUpReviewSync } from '../review/catch-up';

export type JobHandler = (payload: Record<string, unknown>, now: Date) => Promise<void>;

/** Learners whose submitted sessions are not cards yet, handled per run (the rest: next run). */
const CATCH_UP_LEARNERS_PER_RUN = 50;
/** Finished jobs are kept this long for the admin view, then deleted. */
const KEEP_FINISHED_MS = 14 * 24 * 60 * 60_000;

/**
 * The review cards of learners who have not been back since a submission whose sync failed
 * (the dashboard and the review queue also catch up on each visit; this covers the absent).
 */
async function catchUpAllLearners(now: Date) {
  const { db } = appDatabase();
  const learners = await db
    .selectDistinct({ userId: studySessions.userId })
    .from(studySessions)
    .where(
      and(
        eq(studySessions.status, 'submitted'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(reviewSessionSyncs)
            .where(eq(reviewSessionSyncs.sessionId, studySessions.id)),
        ),
      ),
    )
    .limit(CATCH_UP_LEARNERS_PER_RUN);
  for (const { userId } of learners) await catchUpReviewSync(userId, now);
}

async function pruneFinishedJobs(now: Date) {
  const { db, write } = appDatabase();
  const before = new Date(now.getTime() - KEEP_FINISHED_MS);
  await write(() =>
    db.delete(jobs).where(and(sql`${jobs.status} IN ('done', 'failed')`, lt(jobs.finishedAt, before))),
  );
}

/** What each kind of job does. A kind not listed here fails with a clear error (never silently). */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  // Each email keeps its own error and retry count (server/email/outbox.ts): the job succeeds.
  'email.deliver': async () => {
    await deliverPendingEmails();
  },
  'review.catch-up': (_payload, now) => catchUpAllLearners(now),
  'jobs.prune': (_payload, now) => pruneFinishedJobs(now),
  'accounts.erase-due': (_payload, now) => eraseDueAccounts(now).then(() => undefined),
  'email.digests': async (_payload, now) => void (await sendDueDigests(now)),
};
