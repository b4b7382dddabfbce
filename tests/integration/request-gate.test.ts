import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUSY_REFUSAL,
  createRequestGate,
  passesGate,
  type RequestGateOptions,
} from '@/server/admission/request-gate';

// The production server's admission control (server/admission/request-gate.ts) in front of a
// stand-in for Next whose answers the test releases one by one, over real sockets.

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

interface Harness {
  url: string;
  gate: ReturnType<typeof createRequestGate>;
  /** Requests the stand-in has started, in order, each with the function that answers it. */
  started: { path: string; finish: () => void }[];
}

async function gatedServer(options: RequestGateOptions): Promise<Harness> {
  const gate = createRequestGate(options);
  const started: Harness['started'] = [];
  const refuse = (response: ServerResponse) => (refusal: typeof BUSY_REFUSAL) => {
    response.writeHead(refusal.status, { 'Retry-After': String(refusal.retryAfterSeconds) });
    response.end(refusal.message);
  };
  server = createServer((req, res) =>
    gate.admit(
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

describe('what never waits', () => {
  it('lets static files and the AI draft stream pass, nothing else', () => {
    expect(passesGate('/_next/static/chunks/app.js')).toBe(true);
    expect(passesGate('/api/studio/generate')).toBe(true);
    expect(passesGate('/api/studio/generate?x=1')).toBe(true);
    expect(passesGate('/api/health')).toBe(false);
    expect(passesGate('/exams')).toBe(false);
    expect(passesGate('/api/attempts/1/answers')).toBe(false);
    expect(passesGate('/_next/data/x')).toBe(false);
  });
});
