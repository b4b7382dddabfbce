import 'server-only';
import { Cron } from 'croner';
import { logger } from '../logger';
import { newWorkerId, runDueJobs } from './run-due-jobs';

export interface JobWorker {
  workerId: string;
  /** Run the due jobs now (e.g. an email was just queued) instead of at the next tick. */
  kick(): void;
  /** Stops ticking and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * A worker that looks for due jobs every few seconds. croner ticks; one round runs at a time
 * (a kick during a round runs one more round after it, never two at once). Any number of these,
 * in any number of processes, can share a database: the leases decide who runs what.
 */
export function startJobWorker(intervalSeconds = 5): JobWorker {
  const workerId = newWorkerId();
  let round: Promise<void> | null = null;
  let again = false;

  const runRound = (): void => {
    if (round) {
      again = true;
      return;
    }
    round = runDueJobs({ workerId })
      .then(
        (summary) => {
          if (summary.ran + summary.failed > 0) logger.debug({ workerId, ...summary }, 'jobs ran');
        },
        (error: unknown) => logger.error({ err: error, workerId }, 'job round crashed'),
      )
      .finally(() => {
        round = null;
        if (again) {
          again = false;
          runRound();
        }
      });
  };

  const ticker = new Cron(`*/${intervalSeconds} * * * * *`, { unref: true }, runRound);
  return {
    workerId,
    kick: runRound,
    async stop() {
      ticker.stop();
      again = false;
      await round;
    },
  };
}
