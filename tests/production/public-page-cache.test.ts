import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { callAction } from './actions';
import { baseUrl, createAccount, database, signIn } from './harness';

// The built app under `npm start` keeps the anonymous home, catalog and exam pages' HTML
// (server/page-cache). The studio's writes run in Next's bundle, the cache in the server that
// loads it: these tests prove the two meet in one process, and that the CSP nonce stays per
// response. X-Page-Cache says what the cache did (hit, miss, bypass).

const slug = `cached-${randomUUID().slice(0, 8)}`;
let examId = 0;
let moderator = '';

interface Page {
  status: number;
  cache: string | null;
  nonce: string;
  body: string;
  response: Response;
}

async function page(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' });
  const body = await response.text();
  const policy = response.headers.get('content-security-policy') ?? '';
  return {
    status: response.status,
    cache: response.headers.get('x-page-cache'),
    nonce: policy.match(/'nonce-([^']+)'/)?.[1] ?? '',
    body,
    response,
  };
}

/** Every <script> tag of a page, with its nonce attribute (or null). */
const scriptNonces = (body: string) =>
  [...body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.match(/\bnonce="([^"]*)"/)?.[1] ?? null);

const studio = (action: string, fields: Record<string, string>) =>
  callAction(action, { examId: String(examId), ...fields }, { cookie: moderator });

beforeAll(async () => {
  const now = Date.now();
  const [exam] = (
    await database().execute({
      sql: `INSERT INTO exams (slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
            VALUES (?, 'CCH-1', 'Cached Exam', 'Vendor', 'Served from memory', 30, 10, 70, 'published', ?, ?) RETURNING id`,
      args: [slug, now, now],
    })
  ).rows;
  examId = Number(exam!.id);
  // One active question as far as the kept count says, so the studio lets it be published again.
  await database().execute({
    sql: `INSERT INTO objectives (exam_id, code, title, weight, position, active_question_count) VALUES (?, 'O1', 'Only', 100, 0, 1)`,
    args: [examId],
  });
  const account = await createAccount('moderator');
  moderator = await signIn(account.email, account.password);
});

describe('cached public pages (npm start)', () => {
  it('serves the second anonymous visitor from memory with its own nonce on every script', async () => {
    for (const path of ['/', '/exams', `/exams/${slug}`]) {
      await page(path); // whatever an earlier test left: from here on it is cached
      const first = await page(path);
      const second = await page(path);
      expect([first.cache, second.cache], path).toEqual(['hit', 'hit']);
      expect(second.status).toBe(200);
      expect(second.nonce).toMatch(/^[A-Za-z0-9+/=]{24,}$/);
      expect(second.nonce).not.toBe(first.nonce);
      expect(second.body).not.toContain(first.nonce);
      const nonces = scriptNonces(second.body);
      expect(nonces.length, path).toBeGreaterThan(3);
      expect(new Set(nonces), path).toEqual(new Set([second.nonce]));
      expect(second.response.headers.get('cache-control')).toMatch(/no-store/);
      expect(second.response.headers.get('set-cookie')).toBeNull();
      expect(second.response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await page(`/exams/${slug}`)).body).toContain('Cached Exam');
  });

  it('really serves from memory: a change behind the studio’s back is not seen', async () => {
    await database().execute({
      sql: "UPDATE exams SET title = 'Behind the back' WHERE id = ?",
      args: [examId],
    });
    const cached = await page(`/exams/${slug}`);
    expect(cached.cache).toBe('hit');
    expect(cached.body).not.toContain('Behind the back');
  });

  it('shows a studio edit, an unpublish and a publish on the very next anonymous request', async () => {
    await page('/exams');
    const edit = await studio('updateExamAction', {
      code: 'CCH-1',
      title: 'Cached Exam, edited',
      vendor: 'Vendor',
      description: 'Edited in the studio',
      durationMinutes: '30',
      questionCount: '10',
      passingScore: '70',
    });
    expect(edit.status).toBe(200);
    const edited = await page(`/exams/${slug}`);
    expect(edited.cache).toBe('miss');
    expect(edited.body).toContain('Cached Exam, edited');
    expect((await page('/exams')).body).toContain('Cached Exam, edited');
    expect((await page(`/exams/${slug}`)).cache).toBe('hit');

    await studio('setExamStatusAction', { status: 'draft' });
    expect((await page(`/exams/${slug}`)).status).toBe(404);
    expect((await page('/exams')).body).not.toContain('Cached Exam, edited');

    await studio('setExamStatusAction', { status: 'published' });
    const published = await page(`/exams/${slug}`);
    expect([published.status, published.cache]).toEqual([200, 'miss']);
    expect((await page('/exams')).body).toContain('Cached Exam, edited');
  });

  it('renders for a signed-in visitor, never from the cache', async () => {
    await page('/exams');
    const learner = await createAccount('learner');
    const cookie = await signIn(learner.email, learner.password);
    for (const path of ['/exams', `/exams/${slug}`]) {
      const signedIn = await page(path, { cookie });
      expect(signedIn.cache, path).toBe('bypass');
      expect(signedIn.body, path).toContain('Sign out');
    }
    expect((await page('/exams')).body).not.toContain('Sign out');
  });

  it('never keeps a page that is not a 200, nor a page under a query string', async () => {
    const missing = [await page('/exams/no-such-exam'), await page('/exams/no-such-exam')];
    expect(missing.map((p) => [p.status, p.cache])).toEqual([
      [404, 'miss'],
      [404, 'miss'],
    ]);
    for (let i = 0; i < 2; i += 1) {
      for (const query of ['?utm_source=mail', `?x=${'y'.repeat(2000)}`, '?a=1&a=2']) {
        const hostile = await page(`/exams${query}`);
        expect([hostile.status, hostile.cache], query).toEqual([200, 'bypass']);
      }
    }
    const prefetch = await page('/exams', { rsc: '1', 'next-router-prefetch': '1' });
    expect(prefetch.cache).toBe('bypass');
  });
});
