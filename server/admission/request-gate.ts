import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Admission control for the production server (server/start-server.ts): at most `concurrency`
 * page renders (GET/HEAD) are inside Next at once; the rest wait their turn in arrival order.
 *
 * Why: node:http starts every request the moment it arrives. Under a burst, 50 exam-taking
 * pages rendering at once held ~300 MB of live heap; at `npm start`'s heap limit the collector
 * then spent two thirds of its time collecting and the process died of "heap out of memory"
 * (docs/PERFORMANCE.md, "Admission control"). One process has one thread for rendering and the
 * local database answers synchronously, so more renders in flight buy no throughput, only
 * memory; a few in flight still overlap the waits of a remote database's round trips.
 *
 * Only GET and HEAD wait: their turn starts when the request is complete (they have no body),
 * so a client can hold a turn only as long as Next works for it. A POST's turn would start
 * before its body arrived, and a client trickling bodies on a few connections could hold every
 * turn; POSTs (answer saves, actions, sign-in) are small and have their own rate limits.
 *
 * A turn ends when the response is ended (not when the client has read it), when the connection
 * closes, or after `maxTurnMs`, whichever is first. A request that waited `maxWaitMs`, or finds
 * `maxQueued` others waiting, is refused with 503 and Retry-After: shedding a little load beats
 * every visitor timing out.
 */
export interface RequestGateOptions {
  /** Renders inside Next at once. */
  concurrency: number;
  /** Requests waiting at most; more are refused at once. */
  maxQueued: number;
  /** How long a request may wait for its turn before it is refused. */
  maxWaitMs: number;
  /**
   * A turn ends after this long even if the response has not: Next waits for a client that
   * does not read a large response, and a few such clients must not hold every turn.
   */
  maxTurnMs: number;
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
  request: IncomingMessage;
  response: ServerResponse;
  run: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Calls `done` once: when `end()` is called on the response, its connection closes, or
 * `maxTurnMs` has passed, whichever is first.
 */
function onceFinished(
  request: IncomingMessage,
  response: ServerResponse,
  maxTurnMs: number,
  done: () => void,
): void {
  let finished = false;
  const socket = request.socket;
  const end = response.end;
  const lease = setTimeout(() => finish(), maxTurnMs);
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(lease);
    response.off('close', finish);
    socket.off('close', finish);
    done();
  };
  // A pipelined response queued behind another is not attached to the socket yet, so its 'close'
  // may not come when the socket dies: the socket is watched too. The wrapper of `end` stays (once
  // finished it only passes the call on), so a wrapper added after it is never undone.
  response.once('close', finish);
  socket.once('close', finish);
  response.end = function (this: ServerResponse, ...args: Parameters<ServerResponse['end']>) {
    const result = end.apply(this, args);
    finish();
    return result;
  } as ServerResponse['end'];
}

export function createRequestGate(options: RequestGateOptions) {
  let running = 0;
  const queue: Waiting[] = [];

  function start(request: IncomingMessage, response: ServerResponse, run: () => void): void {
    running += 1;
    onceFinished(request, response, options.maxTurnMs, () => {
      running -= 1;
      next();
    });
    run();
  }

  function next(): void {
    while (running < options.concurrency && queue.length > 0) {
      const waiting = queue.shift()!;
      clearTimeout(waiting.timer);
      // Gone while waiting (a pipelined request of a closed connection): nobody to answer.
      if (waiting.request.socket.destroyed) continue;
      start(waiting.request, waiting.response, waiting.run);
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
     * Runs `run` (which must answer `response`) now or when a turn frees up; calls `refuse`
     * instead when the request cannot get one. A visitor who leaves while waiting is forgotten.
     */
    admit(
      request: IncomingMessage,
      response: ServerResponse,
      run: () => void,
      refuse: (refusal: GateRefusal) => void,
    ): void {
      if (running < options.concurrency) return start(request, response, run);
      if (queue.length >= options.maxQueued) return refuse(BUSY_REFUSAL);
      const waiting: Waiting = {
        request,
        response,
        run,
        timer: setTimeout(() => {
          if (remove(waiting)) refuse(BUSY_REFUSAL);
        }, options.maxWaitMs),
      };
      queue.push(waiting);
      response.once('close', () => remove(waiting));
    },
    /** Renders inside Next and requests waiting (for tests). */
    stats: () => ({ running, queued: queue.length }),
  };
}

export type RequestGate = ReturnType<typeof createRequestGate>;

/**
 * Which requests wait for a turn: page and route renders (GET and HEAD), except the build's
 * static files and stored images (`/api/media/…`, up to 2 MB: a client that does not read them
 * would hold a turn while Next waits to write). The path is compared as Next will route it (dot
 * segments and %2e resolved), so `/_next/static/../dashboard` waits like `/dashboard`. The health
 * check waits too: a load balancer should see a swamped instance as slow.
 */
export function waitsForTurn(method: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://n').pathname;
  } catch {
    return true;
  }
  return !NEVER_WAIT.some((prefix) => path.startsWith(prefix));
}

const NEVER_WAIT = ['/_next/static/', '/api/media/', '/api/studio/media/'];
