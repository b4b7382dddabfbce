import { randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublicPageCache } from '@/server/page-cache/public-page-cache';
import { invalidatePublicExam } from '@/server/catalog/public-cache';
import { dropCachedPublicPages } from '@/server/page-cache/registry';

// The production server's page cache (server/page-cache) in front of a stand-in for Next that
// renders like it: a fresh nonce in the CSP and on its scripts, the body streamed in chunks.
// tests/production/public-page-cache.test.ts checks the same against the built app.

interface Reply {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function fakeNext(counter: { renders: number; hold?: Promise<void> }) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    counter.renders += 1;
    const nonce = Buffer.from(randomUUID()).toString('base64');
    res.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    if (req.url === '/exams/sets-cookie') res.setHeader('Set-Cookie', 'visitor=1; Path=/');
    if (req.url === '/exams/missing') res.statusCode = 404;
    if (req.url === '/exams/nonce-in-link') res.setHeader('Link', `</a.js>; rel=preload; nonce="${nonce}"`);
    res.write(`<html><script nonce="${nonce}">boot()</script>`);
    await counter.hold;
    res.end(
      `<p>render ${counter.renders} of ${req.url}</p><script nonce="${nonce}">self.n="${nonce}"</script></html>`,
    );
  };
}

async function start(counter: { renders: number; hold?: Promise<void> }, options = {}) {
  const pages = createPublicPageCache(options);
  const render = fakeNext(counter);
  server = createServer((req, res) => pages.handle(req, res, () => void render(req, res)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  return { pages, get };
}

const nonceOf = (reply: Reply) =>
  String(reply.headers['content-security-policy']).match(/'nonce-([^']+)'/)![1]!;

describe('the public-page cache of the production server', () => {
  it('serves the second visitor from memory with a new nonce in the policy and the page', async () => {
    const counter = { renders: 0 };
    const { get } = await start(counter);
    const first = await get('/exams');
    const second = await get('/exams');
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual(['miss', 'hit']);
    expect(counter.renders).toBe(1);
    const [a, b] = [nonceOf(first), nonceOf(second)];
    expect(b).not.toBe(a);
    expect(second.body.toString()).not.toContain(a);
    expect(second.body.toString()).toBe(first.body.toString().replaceAll(a, b));
    expect(second.body.toString().match(new RegExp(`nonce="${b}"`, 'g'))).toHaveLength(2);
    expect(second.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
    expect(Number(second.headers['content-length'])).toBe(second.body.length);
  });

  it('answers gzip and HEAD from the same entry', async () => {
    const counter = { renders: 0 };
    const { get } = await start(counter);
    const plain = await get('/exams/aws');
    const zipped = await get('/exams/aws', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.body).toString()).toBe(
      plain.body.toString().replaceAll(nonceOf(plain), nonceOf(zipped)),
    );
    const head = await get('/exams/aws', {}, 'HEAD');
    expect([head.headers['x-page-cache'], head.body.length]).toEqual(['hit', 0]);
    expect(Number(head.headers['content-length'])).toBe(plain.body.length);
    expect(counter.renders).toBe(1);
  });

  it('never keeps a page that sets a cookie, is not a 200, or has its nonce in another header', async () => {
    const counter = { renders: 0 };
    const { get, pages } = await start(counter);
    for (const path of ['/exams/sets-cookie', '/exams/missing', '/exams/nonce-in-link']) {
      const replies = [await get(path), await get(path)];
      expect(replies.map((r) => r.headers['x-page-cache'])).toEqual(['miss', 'miss']);
    }
    expect(counter.renders).toBe(6);
    expect(pages.store.size).toBe(0);
  });

  it('renders for a session, and for any query string without keeping it', async () => {
    const counter = { renders: 0 };
    const { get, pages } = await start(counter);
    await get('/exams');
    const signedIn = await get('/exams', { cookie: 'next-auth.session-token=abc' });
    expect(signedIn.headers['x-page-cache']).toBe('bypass');
    for (let i = 0; i < 20; i += 1) {
      const hostile = await get(`/exams?x=${i}${'y'.repeat(i * 50)}`);
      expect(hostile.headers['x-page-cache']).toBe('bypass');
    }
    expect(pages.store.size).toBe(1);
    expect(counter.renders).toBe(22);
  });

  it('drops every page when the studio invalidates, and a render that overlapped is not kept', async () => {
    const counter: { renders: number; hold?: Promise<void> } = { renders: 0 };
    const { get, pages } = await start(counter);
    await get('/exams');
    await get('/');
    dropCachedPublicPages();
    expect(pages.store.size).toBe(0);
    let release!: () => void;
    counter.hold = new Promise((resolve) => (release = resolve));
    const slow = get('/exams');
    await new Promise((resolve) => setTimeout(resolve, 50));
    dropCachedPublicPages(); // a studio write while the page renders
    release();
    await slow;
    expect((await get('/exams')).headers['x-page-cache']).toBe('miss');
    expect((await get('/exams')).headers['x-page-cache']).toBe('hit');
  });

  it('is dropped by invalidatePublicExam through the process-wide registry, from any module copy', async () => {
    const counter = { renders: 0 };
    const { get, pages } = await start(counter);
    await get('/exams');
    invalidatePublicExam(1);
    expect(pages.store.size).toBe(0);
    // Next's bundle holds its own copy of our modules: all that copy shares is the global symbol.
    await get('/exams');
    const otherCopy = (globalThis as Record<symbol, { dropAll(): void } | undefined>)[
      Symbol.for('pingtopass.public-page-cache')
    ];
    otherCopy!.dropAll();
    expect(pages.store.size).toBe(0);
  });

  it('keeps a page for its TTL and at most maxEntries pages', async () => {
    let clock = 0;
    const counter = { renders: 0 };
    const { get, pages } = await start(counter, {
      limits: { ttlMs: 1_000, maxEntries: 2 },
      now: () => clock,
    });
    await get('/exams');
    clock = 999;
    expect((await get('/exams')).headers['x-page-cache']).toBe('hit');
    clock = 1_000;
    expect((await get('/exams')).headers['x-page-cache']).toBe('miss');
    await get('/exams/a');
    await get('/exams/b');
    expect(pages.store.size).toBe(2);
    expect((await get('/exams')).headers['x-page-cache']).toBe('miss'); // the oldest went first
  });
});
