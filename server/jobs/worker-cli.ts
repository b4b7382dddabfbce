/**
 * `npm run worker`: a process that only runs background jobs (emails, review catch-up, pruning),
 * for deployments that set JOBS_WORKER=off on the app servers or want jobs off the web process.
 * Several may run at once, on one machine or many: leases keep each job to one worker.
 */
import { closeDatabases } from '@/database/client';
import { logger } from '../logger';
import { startJobWorker } from './worker';

const worker = startJobWorker();
// croner's timer is unref'd: keep the process alive until told to stop.
const keepAlive = setInterval(() => {}, 1 << 30);
logger.info({ workerId: worker.workerId }, 'job worker started');

async function shutdown(signal: string) {
  logger.info({ signal }, 'job worker stopping after the current round');
  clearInterval(keepAlive);
  await worker.stop();
  closeDatabases();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
