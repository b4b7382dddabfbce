import { beforeEach, describe, expect, it } from 'vitest';
import { claimDueJobs, enqueueJob, LEASE_MS, recordOutcomes } from '@/server/jobs/queue';
import { ensureRecurringJobs, RECURRING_JOBS } from '@/server/jobs/recurring';
import { runDueJobs } from '@/server/jobs/run-due-jobs';
import { rows, testDatabase } from '../../helpers/database';
import { T0, at, minutes, days } from '../../helpers/time';

const jobRows = () =>
  rows('SELECT id, kind, status, run_at, attempts, locked_by, last_error FROM jobs ORDER BY id');

beforeEach(async () => {
  await testDatabase().client.execute('DELETE FROM jobs');
});

describe('enqueueing', () => {
  it('keeps one open job per dedupe key, moved to the earlier time', async () => {
    await enqueueJob({ kind: 'email.deliver', dedupeKey: 'email.deliver', runAt: at(minutes(1)) }, T0);
    await enqueueJob({ kind: 'email.deliver', dedupeKey: 'email.deliver', runAt: T0 }, T0);
    await enqueueJob({ kind: 'email.deliver', dedupeKey: 'email.deliver', runAt: at(minutes(5)) }, T0);
    const found = await jobRows();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'queued', run_at: T0.getTime() });
  });

  it('queues a new run of a key once the open one is done', async () => {
    await enqueueJob({ kind: 'x', dedupeKey: 'x', runAt: T0 }, T0);
    const [job] = await claimDueJobs('w1', T0, 10);
    await recordOutcomes([{ job: job!, ok: true, next: null }], 'w1', T0);
    await enqueueJob({ kind: 'x', dedupeKey: 'x', runAt: T0 }, T0);
    expect((await jobRows()).map((r) => r.status)).toEqual(['done', 'queued']);
  });

  it('never moves the open run of a recurring job, and queues each recurring job once', async () => {
    await ensureRecurringJobs(T0);
    await ensureRecurringJobs(at(minutes(3)));
    const found = await jobRows();
    expect(found.map((r) => r.kind).sort()).toEqual(RECURRING_JOBS.map((j) => j.kind).sort());
    expect(found.every((r) => r.run_at === T0.getTime())).toBe(true);
  });
});

describe('claiming', () => {
  it('claims only due jobs, and a claimed job is nobody else’s while its lease lasts', async () => {
    await enqueueJob({ kind: 'now', runAt: T0 }, T0);
    await enqueueJob({ kind: 'later', runAt: at(minutes(10)) }, T0);
    const first = await claimDueJobs('w1', T0, 10);
    expect(first.map((j) => j.kind)).toEqual(['now']);
    expect(first[0]!.attempts).toBe(1);
    expect(await claimDueJobs('w2', at(minutes(1)), 10)).toEqual([]);
  });

  it('gives the job of a worker that died to another one when the lease ends', async () => {
    await enqueueJob({ kind: 'x', runAt: T0 }, T0);
    await claimDueJobs('dead-worker', T0, 10);
    const reclaimed = await claimDueJobs('w2', at(LEASE_MS), 10);
    expect(reclaimed).toHaveLength(1);
    expect(reclaimed[0]!.attempts).toBe(2);
    // The dead worker waking up cannot finish what is no longer its job.
    await recordOutcomes([{ job: reclaimed[0]!, ok: true, next: null }], 'dead-worker', at(LEASE_MS));
    expect((await jobRows())[0]).toMatchObject({ status: 'running', locked_by: 'w2' });
  });
});

describe('failures', () => {
  it('retries with a growing delay, then keeps the job as failed with its error', async () => {
    await testDatabase().client.execute({
      sql: "INSERT INTO jobs (kind, run_at, max_attempts, created_at) VALUES ('x', ?, 3, ?)",
      args: [T0.getTime(), T0.getTime()],
    });
    let now = T0;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const [job] = await claimDueJobs('w1', now, 10);
      expect(job!.attempts).toBe(attempt);
      await recordOutcomes([{ job: job!, ok: false, error: `boom ${attempt}` }], 'w1', now);
      const [row] = await jobRows();
      if (row!.status === 'queued') {
        delays.push(Number(row!.run_at) - now.getTime());
        now = new Date(Number(row!.run_at));
      }
    }
    expect(delays).toEqual([30_000, 60_000]);
    expect((await jobRows())[0]).toMatchObject({ status: 'failed', attempts: 3, last_error: 'boom 3' });
    expect(await claimDueJobs('w1', at(days(1)), 10)).toEqual([]);
  });
});

describe('runDueJobs', () => {
  it('runs each due job with its handler; an unknown kind fails with a clear error', async () => {
    const seen: unknown[] = [];
    await enqueueJob({ kind: 'test.record', payload: { n: 1 }, runAt: T0 }, T0);
    await enqueueJob({ kind: 'test.record', payload: { n: 2 }, runAt: T0 }, T0);
    await enqueueJob({ kind: 'test.unknown', runAt: T0 }, T0);
    const summary = await runDueJobs({
      workerId: 'w1',
      clock: () => T0,
      scheduleRecurring: false,
      handlers: { 'test.record': async (payload) => void seen.push(payload) },
    });
    expect(summary).toEqual({ ran: 2, failed: 1 });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    const unknown = (await jobRows()).find((r) => r.kind === 'test.unknown');
    expect(unknown).toMatchObject({
      status: 'queued',
      last_error: 'No handler for jobs of kind "test.unknown".',
    });
  });

  it('queues the next run of a recurring job when a run finishes', async () => {
    const ran: string[] = [];
    const handlers = Object.fromEntries(
      RECURRING_JOBS.map((job) => [job.kind, async () => void ran.push(job.kind)]),
    );
    const now = new Date('2026-12-05T10:15:30Z');
    await runDueJobs({ workerId: 'w1', clock: () => now, handlers });
    expect(ran.sort()).toEqual(RECURRING_JOBS.map((j) => j.kind).sort());
    const queued = await rows("SELECT kind, run_at FROM jobs WHERE status = 'queued' ORDER BY kind");
    expect(queued).toEqual([
      { kind: 'accounts.erase-due', run_at: Date.parse('2026-12-05T10:41:00Z') },
      { kind: 'email.deliver', run_at: Date.parse('2026-12-05T10:16:00Z') },
      { kind: 'email.digests', run_at: Date.parse('2026-12-05T10:30:00Z') },
      { kind: 'jobs.prune', run_at: Date.parse('2026-12-06T03:17:00Z') },
      { kind: 'review.catch-up', run_at: Date.parse('2026-12-05T10:20:00Z') },
    ]);
  });

  it('delivers queued emails through the email job (captured without SMTP)', async () => {
    const { queueEmailStatement } = await import('@/server/email/outbox');
    const { verificationEmail } = await import('@/server/email/templates');
    await queueEmailStatement('jobs@example.com', verificationEmail('J', 'http://localhost/x'), Date.now());
    await runDueJobs({ workerId: 'w1' });
    const [email] = await rows("SELECT status FROM email_outbox WHERE to_address = 'jobs@example.com'");
    expect(email).toEqual({ status: 'captured' });
  });
});
