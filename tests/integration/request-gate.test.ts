import { createServer, request, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUSY_REFUSAL,
  createRequestGate,
  type RequestGateOptions,
  waitsForTurn,
} from '@/server/admission/request-gate';

// The production server's admission control (server/admission/request-gate.ts) in front of a
// stand-in for Next whose answers the test releases one by one, over real sockets.

let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections(); // a response the test never finished
    }),
);

interface Harness {
  url: string;
  gate: ReturnType<typeof createRequestGate>;
  /** Requests the stand-in has started, in order, each with the function that answers it. */
  started: { path: string; finish: () => void }[];
}

/** A turn lasts as long as the test wants unless it says otherwise. */
async function gatedServer(
  options: Omit<RequestGateOptions, 'maxTurnMs'> & Partial<RequestGateOptions>,
): Promise<Harness> {
  const gate = createRequestGate({ maxTurnMs: 60_000, ...options });
  const started: Harness['started'] = [];
  const refuse = (response: ServerResponse) => (refusal: typeof BUSY_REFUSAL) => {
    response.writeHead(refusal.status, { 'Retry-After': String(refusal.retryAfterSeconds) });
    response.end(refusal.message);
  };
  server = createServer((req, res) =>
    gate.admit(
      req,
      res,
      () => started.push({ path: req.url!, finish: () => res.end(`done ${req.url}`) }),
      refuse(res),
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, gate, started };
}

function get(url: string): { done: Promise<{ status: number; body: string }>; abort: () => void } {
  const controller = new AbortController();
  const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { signal: controller.signal, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
  return { done, abort: () => controller.abort() };
}

/** Waits until the server side has caught up with what the sockets sent. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('request gate', () => {
  it('lets `concurrency` requests in and the rest in arrival order as turns free up', async () => {
    const h = await gatedServer({ concurrency: 2, maxQueued: 10, maxWaitMs: 10_000 });
    const replies = ['/a', '/b', '/c', '/d'].map((path) => get(h.url + path));
    await until(() => h.started.length === 2 && h.gate.stats().queued === 2);
    expect(h.started.map((s) => s.path)).toEqual(['/a', '/b']);

    h.started[1]!.finish();
    await until(() => h.started.length === 3);
    expect(h.started[2]!.path).toBe('/c');
    expect(h.gate.stats()).toEqual({ running: 2, queued: 1 });

    h.started[0]!.finish();
    await until(() => h.started.length === 4);
    h.started[2]!.finish();
    h.started[3]!.finish();
    const bodies = await Promise.all(replies.map((r) => r.done));
    expect(bodies.map((b) => b.body)).toEqual(['done /a', 'done /b', 'done /c', 'done /d']);
    await until(() => h.gate.stats().running === 0);
  });

  it('refuses with 503 and Retry-After when the queue is full, and lets the others through', async () => {
    const h = await gatedServer({ concurrency: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const first = get(`${h.url}/first`);
    await until(() => h.started.length === 1);
    const second = get(`${h.url}/second`);
    await until(() => h.gate.stats().queued === 1);
    const third = await get(`${h.url}/third`).done;
    expect(third).toEqual({ status: 503, body: BUSY_REFUSAL.message });

    h.started[0]!.finish();
    await until(() => h.started.length === 2);
    h.started[1]!.finish();
    expect((await first.done).status).toBe(200);
    expect(await second.done).toEqual({ status: 200, body: 'done /second' });
  });

  it('refuses a request that waited too long, and it never reaches the app', async () => {
    const h = await gatedServer({ concurrency: 1, maxQueued: 10, maxWaitMs: 50 });
    get(`${h.url}/slow`);
    await until(() => h.started.length === 1);
    const late = await get(`${h.url}/late`).done;
    expect(late.status).toBe(503);
    expect(h.gate.stats().queued).toBe(0);
    h.started[0]!.finish();
    await until(() => h.gate.stats().running === 0);
    expect(h.started.map((s) => s.path)).toEqual(['/slow']);
  });

  it('forgets a visitor who left while waiting, and frees the turn of one who left inside', async () => {
    const h = await gatedServer({ concurrency: 1, maxQueued: 10, maxWaitMs: 10_000 });
    const inside = get(`${h.url}/inside`);
    inside.done.catch(() => undefined);
    await until(() => h.started.length === 1);
    const leaver = get(`${h.url}/leaver`);
    leaver.done.catch(() => undefined);
    await until(() => h.gate.stats().queued === 1);
    leaver.abort();
    await until(() => h.gate.stats().queued === 0);

    // The one inside leaves without an answer: its turn goes to the next visitor.
    const next = get(`${h.url}/next`);
    await until(() => h.gate.stats().queued === 1);
    inside.abort();
    await until(() => h.started.length === 2);
    expect(h.started.map((s) => s.path)).toEqual(['/inside', '/next']);
    h.started[1]!.finish();
    expect((await next.done).body).toBe('done /next');
  });
});

describe('a turn always comes back', () => {
  it('pipelined requests of a connection that closes at once leak no turn', async () => {
    const h = await gatedServer({ concurrency: 2, maxQueued: 10, maxWaitMs: 10_000 });
    const { port } = new URL(h.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(['/p1', '/p2', '/p3', '/p4'].map((p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`).join(''));
    await until(() => h.started.length === 2);
    socket.destroy();
    // The app still answers what it started (into closed responses); the rest are dropped.
    for (const s of h.started) s.finish();
    await until(() => h.gate.stats().running === 0 && h.gate.stats().queued === 0);
    const after = [get(`${h.url}/after-1`), get(`${h.url}/after-2`)];
    await until(() => h.started.some((s) => s.path === '/after-2'));
    for (const s of h.started.filter((s) => s.path.startsWith('/after'))) s.finish();
    expect((await Promise.all(after.map((r) => r.done))).map((r) => r.status)).toEqual([200, 200]);
  });

  it('a turn ends when the app ends its response, and after maxTurnMs even if it has not', async () => {
    const h = await gatedServer({ concurrency: 1, maxQueued: 10, maxWaitMs: 10_000, maxTurnMs: 100 });
    get(`${h.url}/never-ends`).done.catch(() => undefined);
    await until(() => h.started.length === 1);
    const next = get(`${h.url}/next`);
    // Nobody finishes /never-ends: its lease runs out and /next gets the turn.
    await until(() => h.started.length === 2);
    expect(h.started[1]!.path).toBe('/next');
    h.started[1]!.finish();
    expect((await next.done).body).toBe('done /next');
  });
});

describe('what waits for a turn', () => {
  it('page and route GETs and HEADs, not static files, stored images or requests with a body', () => {
    expect(waitsForTurn('GET', '/exams')).toBe(true);
    expect(waitsForTurn('HEAD', '/dashboard?tab=1')).toBe(true);
    expect(waitsForTurn('GET', '/api/health')).toBe(true);
    expect(waitsForTurn('GET', '/_next/static/chunks/app.js')).toBe(false);
    expect(waitsForTurn('GET', '/api/media/ab12')).toBe(false);
    expect(waitsForTurn('GET', '/api/studio/media/ab12')).toBe(false);
    expect(waitsForTurn('POST', '/api/attempts/1/answers')).toBe(false);
    expect(waitsForTurn('POST', '/exams')).toBe(false);
  });

  it('compares the path as Next routes it: dot segments cannot sneak a page past the gate', () => {
    expect(waitsForTurn('GET', '/_next/static/../../dashboard')).toBe(true);
    expect(waitsForTurn('GET', '/_next/static/%2e%2e/%2e%2e/dashboard')).toBe(true);
    expect(waitsForTurn('GET', '/api/media/../../exams')).toBe(true);
  });
});
