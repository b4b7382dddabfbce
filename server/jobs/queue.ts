import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@/database/client';
import { jobs } from '@/database/schema';
import { retryDelayMs } from '@/lib/jobs/retry-delay';
import { appDatabase, type Statement } from '../db';

/** How long a claimed job is its worker's; a worker that dies frees its jobs when this ends. */
export const LEASE_MS = 5 * 60_000;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** At most one queued or running job per key; a second enqueue only moves the first one earlier. */
  dedupeKey?: string;
  runAt: Date;
  maxAttempts?: number;
}

/** When the dedupe key already has an open job: run it at the earlier time, or leave it be. */
export type OnOpenDuplicate = 'run-earlier' | 'keep';

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  maxAttempts: number;
}

/**
 * Queues a job. With a dedupe key that already has an open job, no second one is made: the open
 * one runs at the earlier of the two times (so "send the emails now" pulls the minute's delivery
 * forward). Returns the statement, to go in the batch of the change that causes the job.
 */
export function enqueueJobStatement(
  job: NewJob,
  now: Date,
  onDuplicate: OnOpenDuplicate = 'run-earlier',
  handle: DatabaseHandle = appDatabase(),
) {
  const insert = handle.db.insert(jobs).values({
    kind: job.kind,
    payload: JSON.stringify(job.payload ?? {}),
    dedupeKey: job.dedupeKey ?? null,
    runAt: job.runAt,
    maxAttempts: job.maxAttempts ?? 5,
    createdAt: now,
  });
  const target = {
    target: jobs.dedupeKey,
    targetWhere: sql`dedupe_key IS NOT NULL AND status IN ('queued', 'running')`,
  };
  // 'keep' is a DO UPDATE that changes nothing: drizzle renders a partial index's WHERE in the
  // conflict target only for DO UPDATE, and SQLite needs it to find the index.
  const runAt = onDuplicate === 'keep' ? sql`${jobs.runAt}` : sql`min(${jobs.runAt}, excluded.run_at)`;
  return insert.onConflictDoUpdate({ ...target, set: { runAt } });
}

export async function enqueueJob(job: NewJob, now: Date, handle: DatabaseHandle = appDatabase()) {
  await handle.write(() => enqueueJobStatement(job, now, 'run-earlier', handle));
}

/**
 * Takes the lease of up to `limit` due jobs in ONE statement: queued ones whose time has come,
 * and running ones whose lease ran out (their worker died). SQLite runs an UPDATE under the
 * database's write lock, so two workers — in this process or another — never claim the same job.
 */
export async function claimDueJobs(
  workerId: string,
  now: Date,
  limit: number,
  handle: DatabaseHandle = appDatabase(),
): Promise<ClaimedJob[]> {
  const at = now.getTime();
  const result = await handle.write(() =>
    handle.client.execute({
      sql: `UPDATE jobs SET status = 'running', locked_by = ?, locked_until = ?, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM jobs
          WHERE (status = 'queued' AND run_at <= ?) OR (status = 'running' AND locked_until <= ?)
          ORDER BY run_at, id LIMIT ?)
        RETURNING id, kind, payload, dedupe_key, attempts, max_attempts`,
      args: [workerId, at + LEASE_MS, at, at, limit],
    }),
  );
  return result.rows
    .map((row) => ({
      id: Number(row.id),
      kind: String(row.kind),
      payload: parsePayload(String(row.payload)),
      dedupeKey: row.dedupe_key === null ? null : String(row.dedupe_key),
      attempts: Number(row.attempts),
      maxAttempts: Number(row.max_attempts),
    }))
    .sort((a, b) => a.id - b.id);
}

function parsePayload(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const heldBy = (job: ClaimedJob, workerId: string) =>
  and(eq(jobs.id, job.id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId));

/** What became of a claimed job; the worker records a round's outcomes in one batch. */
export type JobOutcome =
  | { job: ClaimedJob; ok: true; /** A recurring job's next run. */ next: NewJob | null }
  | { job: ClaimedJob; ok: false; error: string };

/**
 * The statements that record the outcomes — only for jobs this worker still holds (a job whose
 * lease ran out belongs to whoever claimed it since):
 * - done: marked done, and a recurring job's next run queued right after (so there is always
 *   exactly one open run of it);
 * - failed: queued again after a growing delay, or — out of attempts — left as failed with its
 *   error for an admin to see and retry (/admin/jobs).
 */
export function recordOutcomeStatements(
  outcomes: readonly JobOutcome[],
  workerId: string,
  now: Date,
  handle: DatabaseHandle = appDatabase(),
): Statement[] {
  return outcomes.flatMap((outcome): Statement[] => {
    const where = heldBy(outcome.job, workerId);
    if (outcome.ok) {
      const done = handle.db
        .update(jobs)
        .set({ status: 'done', finishedAt: now, lockedBy: null, lockedUntil: null, lastError: null })
        .where(where);
      return outcome.next ? [done, enqueueJobStatement(outcome.next, now, 'keep', handle)] : [done];
    }
    const exhausted = outcome.job.attempts >= outcome.job.maxAttempts;
    const failed = handle.db
      .update(jobs)
      .set({
        status: exhausted ? 'failed' : 'queued',
        runAt: exhausted ? undefined : new Date(now.getTime() + retryDelayMs(outcome.job.attempts)),
        finishedAt: exhausted ? now : null,
        lockedBy: null,
        lockedUntil: null,
        lastError: outcome.error.slice(0, 1000),
      })
      .where(where);
    return [failed];
  });
}

/** Records outcomes in one atomic batch. */
export async function recordOutcomes(
  outcomes: readonly JobOutcome[],
  workerId: string,
  now: Date,
  handle: DatabaseHandle = appDatabase(),
): Promise<void> {
  const [first, ...rest] = recordOutcomeStatements(outcomes, workerId, now, handle);
  if (first) await handle.write(() => handle.db.batch([first, ...rest]));
}
