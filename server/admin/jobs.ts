import 'server-only';
import { and, count, desc, eq, inArray, asc } from 'drizzle-orm';
import { jobs, JOB_STATUSES, type JobStatus } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { jobIdSchema } from '@/lib/validation/jobs';
import { auditIfChangedStatement } from '../auth/audit';
import { appDatabase, writeBatch } from '../db';
import type { RequestContext } from '../request-context';

const LIST_LIMIT = 50;

export interface JobRow {
  id: number;
  kind: string;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lastError: string | null;
  finishedAt: string | null;
}

export interface JobsOverview {
  counts: Record<JobStatus, number>;
  /** Queued and running, the next first. */
  open: JobRow[];
  /** Failed for good (out of attempts), the newest first: these need an admin. */
  failed: JobRow[];
}

const columns = {
  id: jobs.id,
  kind: jobs.kind,
  status: jobs.status,
  runAt: jobs.runAt,
  attempts: jobs.attempts,
  maxAttempts: jobs.maxAttempts,
  lockedBy: jobs.lockedBy,
  lastError: jobs.lastError,
  finishedAt: jobs.finishedAt,
};

type SelectedJob = Pick<typeof jobs.$inferSelect, keyof typeof columns>;

function toRow(job: SelectedJob): JobRow {
  return {
    ...job,
    runAt: job.runAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
  };
}

export async function jobsOverview(actor: SessionUser | null): Promise<JobsOverview> {
  assertRole(actor, 'admin');
  const { db } = appDatabase();
  const [counted, open, failed] = await Promise.all([
    db.select({ status: jobs.status, n: count() }).from(jobs).groupBy(jobs.status),
    db
      .select(columns)
      .from(jobs)
      .where(inArray(jobs.status, ['queued', 'running']))
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(LIST_LIMIT),
    db
      .select(columns)
      .from(jobs)
      .where(eq(jobs.status, 'failed'))
      .orderBy(desc(jobs.finishedAt), desc(jobs.id))
      .limit(LIST_LIMIT),
  ]);
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const { status, n } of counted) counts[status] = n;
  return { counts, open: open.map(toRow), failed: failed.map(toRow) };
}

/**
 * Gives a failed job a fresh set of attempts, due now. Only a job that is still failed changes
 * (two admins clicking at once retry it once); the audit row is written only then.
 */
export async function retryFailedJob(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ jobId: number }>> {
  const admin = assertRole(actor, 'admin');
  const parsed = jobIdSchema.safeParse(input);
  if (!parsed.success) return fail('Choose a valid job.');
  const { jobId } = parsed.data;
  const { db } = appDatabase();
  const [job] = await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, jobId));
  if (!job) return fail('That job no longer exists.');
  if (job.status !== 'failed') return fail(`Only a failed job can be retried; this one is ${job.status}.`);
  await writeBatch([
    db
      .update(jobs)
      .set({ status: 'queued', runAt: new Date(ctx.now), attempts: 0, finishedAt: null })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, 'failed'))),
    auditIfChangedStatement({
      actorId: admin.id,
      action: 'admin.job_retried',
      targetType: 'job',
      targetId: String(jobId),
      ip: ctx.ip,
      now: ctx.now,
    }),
  ]);
  return ok({ jobId });
}
