import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBatch } from '@/server/db';
import { enqueueJobStatement } from '@/server/jobs/queue';
import { rows, testDatabase } from '../../helpers/database';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const JOBS = 200;

/** A worker in its own process (its own connection and write queue), as on another machine. */
function runWorker(workerId: string, startAt: number): Promise<{ ran: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=react-server',
        'tests/integration/jobs/race-worker.ts',
        workerId,
        String(startAt),
      ],
      { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out.slice(out.lastIndexOf('{'))) as { ran: number; failed: number });
      else reject(new Error(`worker ${workerId} exited with ${code}: ${err}`));
    });
  });
}

describe('two worker processes racing for the same jobs', () => {
  it('run every job exactly once between them', { timeout: 120_000 }, async () => {
    const { client } = testDatabase();
    await client.execute('CREATE TABLE race_log (job INTEGER NOT NULL, worker TEXT NOT NULL)');
    const now = new Date();
    await writeBatch(
      Array.from({ length: JOBS }, (_, job) =>
        enqueueJobStatement({ kind: 'test.race', payload: { job }, runAt: now }, now),
      ),
    );

    // Both start at the same moment, whatever each one's start-up time.
    const startAt = Date.now() + 10_000;
    const [a, b] = await Promise.all([runWorker('worker-a', startAt), runWorker('worker-b', startAt)]);

    expect(a.ran + b.ran).toBe(JOBS);
    expect(a.failed + b.failed).toBe(0);
    const log = await rows('SELECT job, count(*) AS runs FROM race_log GROUP BY job');
    expect(log).toHaveLength(JOBS);
    expect(log.every((row) => row.runs === 1)).toBe(true);
    const byWorker = await rows('SELECT worker, count(*) AS n FROM race_log GROUP BY worker ORDER BY worker');
    expect(byWorker.map((row) => row.worker)).toEqual(['worker-a', 'worker-b']);
    expect(await rows("SELECT count(*) AS n FROM jobs WHERE status <> 'done'")).toEqual([{ n: 0 }]);
  });
});
