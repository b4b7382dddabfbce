/**
 * One worker process of bench/jobs.bench.ts: waits for the common start, runs every due no-op
 * job, prints what it ran. Run as: tsx bench/jobs/worker.ts <workerId> <startAt>.
 */
import { allowServerOnlyImports } from '../lib/harness';

allowServerOnlyImports();
const { runDueJobs } = await import('../../server/jobs/run-due-jobs');
const { closeDatabases } = await import('../../database/client');

const [workerId = 'bench', startAt = '0'] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
// Later than startAt when start-up took longer (a loaded machine): timing starts at the first worker ready.
const startedAt = Date.now();
const summary = await runDueJobs({
  workerId,
  batchSize: 10,
  budgetMs: 10 * 60_000,
  scheduleRecurring: false,
  handlers: { 'bench.noop': async () => {} },
});
process.stdout.write(`${JSON.stringify({ ...summary, startedAt, finishedAt: Date.now() })}\n`);
closeDatabases();
