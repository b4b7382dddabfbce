import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExamStatements } from '@/database/seeds/exam-statements';
import { quickExam } from '@/database/seeds/test/exams';
import { callAction } from './actions';
import { baseUrl, createAccount, database, query, signIn, type Role } from './harness';

/**
 * Hostile query strings and route params against the production build: never a 500. Pages fall
 * back to a default (and render normally) or show the 404 page; JSON route handlers answer 400
 * (or 404 for an id) with a message. See lib/validation/search-params.ts for the rules.
 */

const LONG = 'a'.repeat(10_000);
const cookies = {} as Record<Role, string>;
/** An exam of this run (published, 5 questions), an open attempt of the learner and a submitted one. */
const data = { examId: 0, slug: '', openAttempt: '', doneAttempt: '', questionId: 0 };

interface Fetched {
  status: number;
  body: string;
  contentType: string;
}

async function get(path: string, role?: Role): Promise<Fetched> {
  const response = await fetch(`${baseUrl()}${path}`, {
    headers: role ? { cookie: cookies[role] } : {},
    redirect: 'manual',
  });
  return {
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get('content-type') ?? '',
  };
}

async function post(
  path: string,
  role: Role,
  body: unknown = {},
): Promise<Fetched & { json: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { cookie: cookies[role], origin: baseUrl(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text,
    contentType: response.headers.get('content-type') ?? '',
    json: JSON.parse(text) as Record<string, unknown>,
  };
}

/** A server error rendered by an error boundary (its digest is a number; notFound's is NEXT_HTTP_ERROR_FALLBACK). */
const ERROR_DIGEST = /digest\\?":\\?"\d/;
const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';

/** The page rendered as usual: 200, no error boundary, no 404, and `marker` in it. */
function expectRendered(response: Fetched, marker: string, label: string) {
  expect(response.status, label).toBe(200);
  expect(response.body, label).not.toMatch(ERROR_DIGEST);
  expect(response.body, label).not.toContain(NOT_FOUND);
  expect(response.body, label).toContain(marker);
}

/**
 * The 404 page. Its status is 404, except under a loading.tsx (studio, attempt result): there the
 * 200 shell has already streamed when the page calls notFound(), and the 404 page follows in it.
 */
function expectNotFoundPage(response: Fetched, label: string) {
  expect([200, 404], label).toContain(response.status);
  expect(response.body, label).toContain(NOT_FOUND);
  expect(response.body, label).not.toMatch(ERROR_DIGEST);
}

function expectBadRequest(response: Fetched, label: string) {
  expect(response.status, label).toBe(400);
  expect(response.contentType, label).toContain('application/json');
  const body = JSON.parse(response.body) as { error?: unknown };
  expect(typeof body.error, label).toBe('string');
}

beforeAll(async () => {
  for (const role of ['learner', 'moderator', 'admin'] as const) {
    const account = await createAccount(role);
    cookies[role] = await signIn(account.email, account.password);
  }
  // The production database holds no exam: write one of the test seed's, under a slug of this run
  // and with an hour on the clock (the open attempt must stay open while the tests run).
  data.slug = `bad-input-${randomUUID().slice(0, 8)}`;
  await database().batch(
    buildExamStatements({ ...quickExam, slug: data.slug, durationMinutes: 60 }, new Date()),
    'write',
  );
  const [exam] = await query({ sql: 'SELECT id FROM exams WHERE slug = ?', args: [data.slug] });
  data.examId = Number(exam!.id);
  const [question] = await query({
    sql: 'SELECT id FROM questions WHERE exam_id = ? ORDER BY id LIMIT 1',
    args: [data.examId],
  });
  data.questionId = Number(question!.id);
  const start = async () => {
    const started = await post('/api/attempts', 'learner', { mode: 'mock', examSlug: data.slug });
    expect(started.status, started.body).toBe(201);
    return (started.json.data as { id: string }).id;
  };
  data.doneAttempt = await start();
  expect((await post(`/api/attempts/${data.doneAttempt}/submit`, 'learner')).status).toBe(200);
  data.openAttempt = await start();
});

describe('pages fall back to their defaults and render', () => {
  it('/admin/users: page and q of any shape', async () => {
    const queries = [
      'page=abc',
      'page=-1',
      'page=0',
      'page=10001',
      'page=1e400',
      'page=1.5',
      'page=99999999999999999999999',
      'page=2&page=3',
      `q=${LONG}`,
      'q=a&q=b',
      'q=%00',
      'q=%E0%A4%A',
    ];
    for (const q of queries)
      expectRendered(await get(`/admin/users?${q}`, 'admin'), 'Search users', q.slice(0, 30));
    // A bad page is page 1: the accounts are listed.
    expect((await get('/admin/users?page=1e400', 'admin')).body).toContain('@example.test');
    // An over-long search is cut to 200 characters, and the box shows what was searched.
    const long = await get(`/admin/users?q=${LONG}`, 'admin');
    expect(long.body).toMatch(new RegExp(`id="user-search"[^>]*value="a{200}"`));
    // A repeated q: the first counts.
    expect((await get('/admin/users?q=zzz-nobody&q=example', 'admin')).body).toContain(
      'No users match “<!-- -->zzz-nobody',
    );
  });

  it('/history, /review, the token pages', async () => {
    for (const q of ['page=abc', 'page=-1', 'page=10001', 'page=1e400', 'page=1&page=2'])
      expectRendered(await get(`/history?${q}`, 'learner'), 'History', q);
    for (const q of [`exam=${LONG}`, 'exam=a&exam=b', 'exam=Bad!', 'exam=%ff'])
      expectRendered(await get(`/review?${q}`, 'learner'), 'Daily review', q.slice(0, 30));
    for (const path of [
      '/reset-password?token=a&token=b',
      `/reset-password?token=${LONG}`,
      `/verify-email?token=${LONG}`,
      '/verify-email?token=a&token=b',
    ]) {
      expectRendered(await get(path), 'name="token"', path.slice(0, 40));
    }
  });

  it('the attempt runner and result: ?q and ?filter of any shape', async () => {
    for (const q of ['q=abc', 'q=1e400', 'q=-1', 'q=0', 'q=999', 'q=1&q=2', `q=${LONG}`]) {
      expectRendered(
        await get(`/attempts/${data.openAttempt}?${q}`, 'learner'),
        quickExam.title,
        q.slice(0, 20),
      );
    }
    for (const q of ['filter=bogus', 'filter=wrong&filter=all', `filter=${LONG}`]) {
      expectRendered(
        await get(`/attempts/${data.doneAttempt}/result?${q}`, 'learner'),
        quickExam.title,
        q.slice(0, 20),
      );
    }
  });

  it('the studio lists and forms', async () => {
    const pages = [
      `/studio/questions?exam=1e400&objective=abc&difficulty=9&type=x&status=y&sort=bogus`,
      '/studio/questions?cursor=99999999999999999999999:1',
      `/studio/questions?q=${LONG}`,
      '/studio/questions?q=a&q=b&exam=1&exam=2',
      '/studio/questions?q=%ff%fe',
      '/studio/audit?before=1e400',
      '/studio/audit?before=1e300',
      '/studio/audit?before=abc',
      // One long value per request: two would pass Node's 16 KB limit of the request head (a 431, also fine).
      `/studio/audit?actor=${LONG}`,
      `/studio/audit?target=${LONG}`,
      '/studio/audit?action=a&action=b',
      '/studio/reports?status=bogus',
      '/studio/reports?status=a&status=b',
      '/studio/questions/new?exam=1e400',
      '/studio/questions/new?exam=abc',
      '/studio/questions/new?exam=1&exam=2',
      `/studio/exams/${data.examId}/statistics?poor=1&poor=0`,
      `/studio/exams/${data.examId}/statistics?poor=${LONG}`,
      `/studio/questions/${data.questionId}?saved=version&version=1e400`,
      `/studio/questions/${data.questionId}?saved=version&version=a&version=b`,
    ];
    for (const path of pages)
      expectRendered(await get(path, 'moderator'), 'Question bank studio', path.slice(0, 60));
    // The search box shows the search cut to 200 characters.
    expect((await get(`/studio/questions?q=${LONG}`, 'moderator')).body).toMatch(
      /id="f-q"[^>]*value="a{200}"/,
    );
  });
});

/** A test name for a path: the 10,000 a's shown as <10k>. */
const named = (path: string) => path.replace(LONG, '<10k>');

const NOT_FOUND_PATHS: [Role, string][] = [
  ['moderator', '/studio/exams/1e400'],
  ['moderator', '/studio/exams/abc'],
  ['moderator', '/studio/exams/-1'],
  ['moderator', '/studio/exams/0'],
  ['moderator', '/studio/exams/1.5'],
  ['moderator', '/studio/exams/0x10'],
  ['moderator', '/studio/exams/99999999999999999999'],
  ['moderator', `/studio/exams/${LONG}`],
  ['moderator', '/studio/exams/%00'],
  ['moderator', '/studio/exams/1e400/statistics'],
  ['moderator', '/studio/exams/abc/statistics'],
  ['moderator', '/studio/questions/1e400'],
  ['moderator', '/studio/questions/abc'],
  ['moderator', '/studio/questions/99999999999999999999'],
  ['learner', '/attempts/not-a-uuid'],
  ['learner', `/attempts/${LONG}`],
  ['learner', '/attempts/1e400'],
  ['learner', `/attempts/${randomUUID()}`],
  ['learner', '/attempts/not-a-uuid/result'],
  ['learner', `/exams/${LONG}`],
  ['learner', '/exams/Bad%20Slug'],
  ['learner', '/exams/%00'],
];

describe('ids of the wrong shape are the 404 page', () => {
  it.each(NOT_FOUND_PATHS.map(([role, path]) => ({ role, path, name: named(path) })))(
    '$role $name',
    async ({ role, path, name }) => {
      expectNotFoundPage(await get(path, role), name);
    },
  );

  it('a request head past 16 KB is refused by Node (431), never a 500', async () => {
    const response = await get(`/admin/users?q=${LONG}&page=${LONG}`, 'admin');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('JSON route handlers answer 400 with a message', () => {
  it('GET /api/review/queue', async () => {
    for (const q of [
      'tz=UTC&limit=abc',
      'tz=UTC&limit=1e400',
      'tz=UTC&limit=-1',
      'tz=UTC&limit=21',
      `tz=UTC&exam=${LONG}`,
      `tz=${LONG}`,
      '',
      'tz=%ff',
    ]) {
      expectBadRequest(await get(`/api/review/queue?${q}`, 'learner'), q.slice(0, 30));
    }
    const repeated = await get('/api/review/queue?tz=UTC&tz=Nowhere/Zone&limit=5&limit=abc', 'learner');
    expect(repeated.status).toBe(200);
  });

  it('GET /dashboard/data', async () => {
    for (const q of [`tz=${LONG}`, 'tz=Nowhere/Zone', ''])
      expectBadRequest(await get(`/dashboard/data?${q}`, 'learner'), q.slice(0, 30));
    expect((await get('/dashboard/data?tz=UTC&tz=Nowhere/Zone', 'learner')).status).toBe(200);
  });

  it('GET /api/studio/export', async () => {
    for (const q of [
      'exam=1e400&format=json',
      'exam=abc&format=json',
      `exam=${data.examId}&format=bogus`,
      'exam=99999999999999999999&format=json',
      'exam=1e300&format=json',
      `exam=1&format=${LONG}`,
      'format=json',
    ]) {
      const response = await get(`/api/studio/export?${q}`, 'moderator');
      expectBadRequest(response, q.slice(0, 40));
      expect(JSON.parse(response.body)).toMatchObject({
        error: expect.stringMatching(/^The query parameter "(exam|format)" is invalid: /),
      });
    }
    const repeated = await get(
      `/api/studio/export?exam=${data.examId}&exam=abc&format=json&format=csv`,
      'moderator',
    );
    expect(repeated.status).toBe(200);
    expect(repeated.contentType).toContain('application/json');
  });

  it('POST /api/attempts/:id/… with an id that is not a UUID: 404', async () => {
    for (const path of [
      '/api/attempts/not-a-uuid/answers',
      `/api/attempts/${LONG}/submit`,
      '/api/attempts/1e400/submit',
    ]) {
      const response = await post(path, 'learner', { position: 0, revision: 1, flagged: true });
      expect(response.status, path.slice(0, 40)).toBe(404);
      expect(response.json).toEqual({ ok: false, error: 'This attempt does not exist.' });
    }
  });
});

describe('studio import past 5 MB', () => {
  it('the action answers the clear validation error, not a 500 (a request the browser form would never send)', async () => {
    // 5.5 MB of text, and 1.9 million euro signs (5.7 MB of UTF-8 in fewer than 5 M characters).
    for (const source of ['a'.repeat(5_500_000), '€'.repeat(1_900_000)]) {
      const response = await callAction(
        'importQuestionsAction',
        { examId: String(data.examId), format: 'gift', mode: 'dry-run', source },
        { cookie: cookies.moderator },
      );
      expect(response.status).toBe(200);
      expect(response.body).toContain('The file is larger than 5 MB.');
    }
  });
});

describe('requests the production server answers before Next', () => {
  it('a path whose %-escapes are not UTF-8 is a 400 with our headers, not a bare 500', async () => {
    for (const path of ['/exams/%ff', '/studio/exams/%ff', '/attempts/%ff', '/studio/questions/%E0%A4%A']) {
      const response = await fetch(`${baseUrl()}${path}`, {
        headers: { cookie: cookies.moderator },
        redirect: 'manual',
      });
      expect(response.status, path).toBe(400);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(await response.text()).toBe('This address is malformed.');
    }
  });

  it('a server-action body over 6 MB is a 413 with a clear message, before it is read', async () => {
    const response = await callAction(
      'importQuestionsAction',
      { examId: String(data.examId), format: 'gift', mode: 'dry-run', source: 'a'.repeat(7_000_000) },
      { cookie: cookies.moderator },
    );
    expect(response.status).toBe(413);
    expect(response.body).toContain('larger than 6 MB');
  });
});
