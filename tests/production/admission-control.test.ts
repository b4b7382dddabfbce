import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './harness';

// `npm start` renders at most REQUEST_CONCURRENCY GET/HEAD requests at once (server/admission/).
// The 'gated' server runs with 1 and a one-second wait, so a burst of renders must overflow it.
// tests/integration/request-gate.test.ts holds turns at will with a stand-in for Next.

const gated = (path: string) => fetch(`${baseUrl('gated')}${path}`);
/** Renders take 15–30 ms here: 600 of them need several seconds even on a machine 5× faster. */
const BURST = 600;

describe('admission control on the production server', () => {
  it('a burst far beyond what one turn can render in a second: the overflow gets 503 + Retry-After, cached pages and saves-like POSTs never wait, and the server recovers', async () => {
    await gated('/exams').then((r) => r.text()); // cached from now on (anonymous, no query)
    await gated('/exams?warm=1').then((r) => r.text());
    const burst = Array.from({ length: BURST }, (_, i) => gated(`/exams?burst=${i}`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cached = await gated('/exams');
    const post = await fetch(`${baseUrl('gated')}/api/attempts`, { method: 'POST' });
    const answers = await Promise.all(burst);

    expect(cached.status).toBe(200);
    expect(cached.headers.get('x-page-cache')).toBe('hit');
    // A POST goes straight to Next (here: refused by the route itself, not by the gate).
    expect(post.status).not.toBe(503);

    const refused = answers.filter((a) => a.status === 503);
    const served = answers.filter((a) => a.status === 200);
    expect(served.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(served.length + refused.length).toBe(BURST);
    const one = refused[0]!;
    expect(one.headers.get('retry-after')).toBe('5');
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(one.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await one.text()).toMatch(/very busy right now/);
    await Promise.all(answers.map((a) => a.arrayBuffer().catch(() => undefined)));

    expect((await gated('/exams?after=1')).status).toBe(200);
  });

  it('pipelined requests of a connection closed at once leave no turn taken', async () => {
    const { hostname, port } = new URL(baseUrl('gated'));
    const socket = connect(Number(port), hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      [1, 2, 3]
        .map((n) => `GET /exams?pipelined=${n} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`)
        .join(''),
    );
    socket.destroy();
    // One turn only: had it leaked, each of these would wait a second and get 503.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = 0; i < 5; i += 1) expect((await gated(`/exams?then=${i}`)).status).toBe(200);
  });
});
