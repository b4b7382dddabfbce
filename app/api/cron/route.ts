import { jsonRoute } from '@/server/entry/routes';
import { newWorkerId, runDueJobs } from '@/server/jobs/run-due-jobs';

// Hosts that call a URL on a schedule (Vercel Cron sends GET) run the same jobs as the workers.
// Well inside the usual 10–60 s function limits; what is left waits for the next call.
const BUDGET_MS = 8_000;

async function runJobs() {
  const summary = await runDueJobs({ workerId: `cron:${newWorkerId()}`, budgetMs: BUDGET_MS });
  return { data: summary };
}

export const GET = jsonRoute({ name: 'cron.runJobs', access: 'cron' }, runJobs);
export const POST = jsonRoute({ name: 'cron.runJobsPost', access: 'cron' }, runJobs);
