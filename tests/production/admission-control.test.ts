import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { baseUrl } from './harness';

// `npm start` renders at most REQUEST_CONCURRENCY requests at once (server/admission/). The
// 'gated' server runs with 1 and a two-second wait, so one request that never finishes sending
// its body holds the only turn: the sign-in callback reads its whole form before anything else.

let holder: Socket | undefined;
afterEach(() => holder?.destroy());

/** Opens a sign-in POST that announces 500 bytes of form and sends 7: Next waits for the rest. */
async function holdTheOnlyTurn(): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl('gated'));
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(
    [
      'POST /api/auth/callback/credentials HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Content-Type: application/x-www-form-urlencoded',
      'Content-Length: 500',
      '',
      'email=a',
    ].join('\r\n'),
  );
  // Long enough for the server to have let it in.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return socket;
}

describe('admission control on the production server', () => {
  it('a request that cannot get a turn within REQUEST_QUEUE_SECONDS gets 503, Retry-After and our headers', async () => {
    await fetch(`${baseUrl('gated')}/exams?warm=1`).then((r) => r.text());
    holder = await holdTheOnlyTurn();
    const started = Date.now();
    const refused = await fetch(`${baseUrl('gated')}/exams?page=1`);
    expect(refused.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await refused.text()).toMatch(/very busy right now/);
  });

  it('the turn comes back when the holder leaves, and waiting requests are then served in order', async () => {
    await fetch(`${baseUrl('gated')}/exams?warm=2`).then((r) => r.text());
    holder = await holdTheOnlyTurn();
    const waiting = [1, 2].map((n) => fetch(`${baseUrl('gated')}/exams?wait=${n}`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    holder.destroy();
    const answers = await Promise.all(waiting);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(await answers[1]!.text()).toContain('Exam catalog');
  });

  it('an anonymous cached page is served from memory without waiting for a turn', async () => {
    // Cache the catalog first, then hold the turn: the cached copy still answers at once.
    for (let i = 0; i < 2; i += 1) await fetch(`${baseUrl('gated')}/exams`).then((r) => r.text());
    holder = await holdTheOnlyTurn();
    const cached = await fetch(`${baseUrl('gated')}/exams`);
    expect(cached.status).toBe(200);
    expect(cached.headers.get('x-page-cache')).toBe('hit');
  });
});
