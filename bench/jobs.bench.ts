/**
 * Issue 18: the job scheduler's throughput — no-op jobs per second, run by one worker process
 * and by two racing for the same queue (what a second app instance or `npm run worker` adds).
 * A round claims up to 10 jobs in one write and records their outcomes in one more, so this is
 * the queue's own overhead: the ceiling for real jobs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@libsql/client';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../database/migrator';
import { numberOption } from './lib/harness';
import { recordFigure } from './lib/results';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const JOBS = numberOption('jobs', 3000);

async function freshQueue(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` });
  await client.execute('PRAGMA journal_mode=WAL');
  await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'test', log: () => {} });
  const now = Date.now();
  await client.execute({
    sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
          INSERT INTO jobs (kind, payload, run_at, created_at) SELECT 'bench.noop', '{}', ?, ? FROM n`,
    args: [JOBS, now, now],
  });
  client.close();
}

async function jobsPerSecond(workers: number): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pingtopass-jobs-'));
  const file = path.join(dir, 'queue.db');
  try {
    await freshQueue(file);
    const env = { ...process.env, DATABASE_ENV: 'test', DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn' };
    const startAt = Date.now() + 8_000;
    const outputs = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        run(path.join(ROOT, 'node_modules/.bin/tsx'), ['bench/jobs/worker.ts', `w${i}`, String(startAt)], {
          cwd: ROOT,
          env,
        }),
      ),
    );
    const results = outputs.map(
      ({ stdout }) =>
        JSON.parse(stdout.trim().split('\n').at(-1)!) as {
          ran: number;
          startedAt: number;
          finishedAt: number;
        },
    );
    const ran = results.reduce((sum, r) => sum + r.ran, 0);
    if (ran !== JOBS) throw new Error(`${ran} of ${JOBS} jobs ran`);
    const seconds =
      (Math.max(...results.map((r) => r.finishedAt)) - Math.min(...results.map((r) => r.startedAt))) / 1000;
    return Math.round(JOBS / seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const workers of [1, 2]) {
  recordFigure({
    name: `job queue: no-op jobs run by ${workers} worker process${workers > 1 ? 'es' : ''}`,
    issue: 18,
    unit: 'jobs/s',
    value: await jobsPerSecond(workers),
    dataSize: `${JOBS} jobs, local file (WAL)`,
  });
}
