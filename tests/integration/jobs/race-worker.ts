/**
 * One of the competing worker processes of race.test.ts: waits for the common start time, then
 * runs due jobs like any worker, logging each run it does into race_log.
 */
import { getDatabase } from '@/database/client';
import { runDueJobs } from '@/server/jobs/run-due-jobs';

const workerId = process.argv[2]!;
const startAt = Number(process.argv[3]);
const handle = getDatabase('test');

await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const summary = await runDueJobs({
  workerId,
  batchSize: 5,
  scheduleRecurring: false,
  handle,
  handlers: {
    'test.race': async (payload) => {
      await handle.write(() =>
        handle.client.execute({
          sql: 'INSERT INTO race_log (job, worker) VALUES (?, ?)',
          args: [Number(payload.job), workerId],
        }),
      );
      // A little work per job, so both workers are busy at the same time.
      await new Promise((resolve) => setTimeout(resolve, 3));
    },
  },
});
process.stdout.write(JSON.stringify(summary));
handle.client.close();
