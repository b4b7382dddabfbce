import 'server-only';
import { serverEnv } from '../env';
import { inProcessWorker, setInProcessWorker } from './kick';
import { startJobWorker } from './worker';

/**
 * The app server runs a job worker of its own unless JOBS_WORKER=off (then `npm run worker` or a
 * host's cron calling /api/cron does the work). Called once from instrumentation.ts.
 */
export function startInProcessWorker(): void {
  if (serverEnv.JOBS_WORKER === 'off' || inProcessWorker()) return;
  setInProcessWorker(startJobWorker());
}
