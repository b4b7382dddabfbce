import { describe, expect, it } from 'vitest';
import { jobsOverview, retryFailedJob } from '@/server/admin/jobs';
import { ctx } from '../../helpers/context';
import { rows, testDatabase } from '../../helpers/database';
import { auditActions } from '../../helpers/outbox';
import { createUser } from '../../helpers/factories';

async function failedJob(): Promise<number> {
  const now = Date.now();
  const result = await testDatabase().client.execute({
    sql: `INSERT INTO jobs (kind, status, run_at, attempts, max_attempts, last_error, created_at, finished_at)
          VALUES ('email.deliver', 'failed', ?, 5, 5, 'SMTP said no', ?, ?) RETURNING id`,
    args: [now, now, now],
  });
  return Number(result.rows[0]!.id);
}

describe('the admin view of background jobs', () => {
  it('shows failed jobs with their error, and a retry queues one again with fresh attempts, audited', async () => {
    const admin = await createUser({ role: 'admin' });
    const jobId = await failedJob();
    const before = await jobsOverview(admin);
    expect(before.failed.find((job) => job.id === jobId)).toMatchObject({
      lastError: 'SMTP said no',
      attempts: 5,
    });

    expect(await retryFailedJob(admin, { jobId: String(jobId) }, ctx())).toEqual({
      ok: true,
      data: { jobId },
    });
    const [row] = await rows('SELECT status, attempts, finished_at FROM jobs WHERE id = ?', [jobId]);
    expect(row).toEqual({ status: 'queued', attempts: 0, finished_at: null });
    expect(await auditActions(String(jobId))).toEqual(['admin.job_retried']);

    // A second click (or a second admin) finds nothing to retry and changes nothing.
    const again = await retryFailedJob(admin, { jobId: String(jobId) }, ctx());
    expect(again).toMatchObject({
      ok: false,
      error: 'Only a failed job can be retried; this one is queued.',
    });
    expect(await auditActions(String(jobId))).toEqual(['admin.job_retried']);
  });

  it('is for admins only, and refuses a malformed or unknown job', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const admin = await createUser({ role: 'admin' });
    const jobId = await failedJob();
    await expect(jobsOverview(moderator)).rejects.toThrow();
    await expect(retryFailedJob(moderator, { jobId }, ctx())).rejects.toThrow();
    expect(await retryFailedJob(admin, { jobId: 'abc' }, ctx())).toMatchObject({ ok: false });
    expect(await retryFailedJob(admin, { jobId: 987654 }, ctx())).toMatchObject({
      ok: false,
      error: 'That job no longer exists.',
    });
    const [row] = await rows('SELECT status FROM jobs WHERE id = ?', [jobId]);
    expect(row).toEqual({ status: 'failed' });
  });
});
