import 'server-only';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@/database/client';
import { appDatabase } from '../db';
import { logger } from '../logger';
import { JOB_HANDLERS, type JobHandler } from './handlers';
import { claimDueJobs, recordOutcomes, type JobOutcome } from './queue';
import { ensureRecurringJobs, nextRecurringRun } from './recurring';

/** A name for this worker in the lease columns and the admin view: host, process, instance. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export interface RunOptions {
  workerId: string;
  /** Jobs claimed per round; claimed jobs run one after another. */
  batchSize?: number;
  /** Stop claiming new rounds after this long (a cron call must answer within its host's limit). */
  budgetMs?: number;
  clock?: () => Date;
  handlers?: Record<string, JobHandler>;
  handle?: DatabaseHandle;
  /** Queue the first run of each recurring job when it has none (off in tests of the loop). */
  scheduleRecurring?: boolean;
}

export interface RunSummary {
  ran: number;
  failed: number;
}

/**
 * Runs the jobs that are due, round after round, until none is left or the budget is spent.
 * The one loop behind the in-process worker, `npm run worker` and the /api/cron route.
 */
export async function runDueJobs(options: RunOptions): Promise<RunSummary> {
  const {
    workerId,
    batchSize = 10,
    budgetMs = 20_000,
    clock = () => new Date(),
    handlers = JOB_HANDLERS,
    handle = appDatabase(),
    scheduleRecurring = true,
  } = options;
  const started = Date.now();
  const summary: RunSummary = { ran: 0, failed: 0 };
  if (scheduleRecurring) await ensureRecurringJobs(clock(), handle);
  while (Date.now() - started < budgetMs) {
    const claimed = await claimDueJobs(workerId, clock(), batchSize, handle);
    if (claimed.length === 0) break;
    const outcomes: JobOutcome[] = [];
    for (const job of claimed) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
        await handler(job.payload, clock());
        outcomes.push({ job, ok: true, next: nextRecurringRun(job.kind, clock()) });
        summary.ran += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: message }, 'job failed');
        outcomes.push({ job, ok: false, error: message });
        summary.failed += 1;
      }
    }
    // One write per round, not per job: the queue's overhead is its writes (bench/jobs.bench.ts).
    await recordOutcomes(outcomes, workerId, clock(), handle);
  }
  return summary;
}
