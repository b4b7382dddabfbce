import type { ServerResponse } from 'node:http';

/**
 * Admission control for the production server (server/start-server.ts): at most `concurrency`
 * requests are inside Next at once; the rest wait their turn in arrival order.
 *
 * Why: node:http starts every request the moment it arrives. Under a burst, 50 exam-taking
 * pages rendering at once held ~300 MB of live heap; at `npm start`'s heap limit the collector
 * then spent two thirds of its time collecting and the process died of "heap out of memory"
 * (docs/PERFORMANCE.md, "Admission control"). One process has one thread for rendering and the
 * local database answers synchronously, so more requests in flight buy no throughput, only
 * memory; a few in flight still overlap the waits of a remote database's round trips.
 *
 * A request that waited `maxWaitMs`, or finds `maxQueued` others waiting, is refused with 503
 * and Retry-After: shedding a little load beats every visitor timing out.
 */
export interface RequestGateOptions {
  /** Requests inside Next at once. */
  concurrency: number;
  /** Requests waiting at most; more are refused at once. */
  maxQueued: number;
  /** How long a request may wait for its turn before it is refused. */
  maxWaitMs: number;
}

export interface GateRefusal {
  status: 503;
  retryAfterSeconds: number;
  message: string;
}

export const BUSY_REFUSAL: GateRefusal = {
  status: 503,
  retryAfterSeconds: 5,
  message: 'PingToPass is very busy right now. Please try again in a few seconds.',
};

interface Waiting {
  run: () => void;
  timer: NodeJS.Timeout;
  response: ServerResponse;
}

export function createRequestGate(options: RequestGateOptions) {
  let running = 0;
  const queue: Waiting[] = [];

  function start(response: ServerResponse, run: () => void): void {
    running += 1;
    // 'close' comes once the response is finished or its connection is gone, whichever is first.
    response.once('close', () => {
      running -= 1;
      next();
    });
    run();
  }

  function next(): void {
    while (running < options.concurrency && queue.length > 0) {
      const waiting = queue.shift()!;
      clearTimeout(waiting.timer);
      start(waiting.response, waiting.run);
    }
  }

  function remove(waiting: Waiting): boolean {
    const at = queue.indexOf(waiting);
    if (at < 0) return false;
    queue.splice(at, 1);
    clearTimeout(waiting.timer);
    return true;
  }

  return {
    /**
     * Runs `run` (which must answer `response`) now or when a slot frees up; calls `refuse`
     * instead when the request cannot get one. A visitor who leaves while waiting is forgotten.
     */
    admit(response: ServerResponse, run: () => void, refuse: (refusal: GateRefusal) => void): void {
      if (running < options.concurrency) return start(response, run);
      if (queue.length >= options.maxQueued) return refuse(BUSY_REFUSAL);
      const waiting: Waiting = {
        run,
        response,
        timer: setTimeout(() => {
          if (remove(waiting)) refuse(BUSY_REFUSAL);
        }, options.maxWaitMs),
      };
      queue.push(waiting);
      response.once('close', () => remove(waiting));
    },
    /** Requests inside Next and waiting (for tests and the bench). */
    stats: () => ({ running, queued: queue.length }),
  };
}

export type RequestGate = ReturnType<typeof createRequestGate>;

/**
 * Requests that never wait: the build's static files (streamed from disk, no rendering) and the
 * AI draft stream, which waits on the model for tens of seconds and would hold a turn doing
 * nothing (moderators only, with its own limits). The health check does wait: a load balancer
 * should see a swamped instance as slow, and it reads the migration files, so it must not be a
 * way around the gate.
 */
export function passesGate(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  return path.startsWith('/_next/static/') || path.startsWith('/api/studio/generate');
}
