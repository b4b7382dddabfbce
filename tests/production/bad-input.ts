import { randomUUID } from 'node:crypto';
import { beforeAll, expect } from 'vitest';
import { buildExamStatements } from '@/database/seeds/exam-statements';
import { quickExam } from '@/database/seeds/test/exams';
import { baseUrl, createAccount, database, query, signIn, type Role } from './harness';

/**
 * What the bad-input tests (bad-input-pages, bad-input-routes) share. They send hostile query
 * strings and route params to the production build: never a 500. Pages fall back to a default
 * (and render normally) or show the 404 page; JSON route handlers answer 400 (or 404 for an id)
 * with a message. See lib/validation/search-params.ts for the rules.
 */

export const LONG = 'a'.repeat(10_000);
export const cookies = {} as Record<Role, string>;
/** An exam of this run (published, 5 questions), an open attempt of the learner and a submitted one. */
export const data = { examId: 0, slug: '', openAttempt: '', doneAttempt: '', questionId: 0 };

export interface Fetched {
  status: number;
  body: string;
  contentType: string;
}

export async function get(path: string, role?: Role): Promise<Fetched> {
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

export async function post(
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
export function expectRendered(response: Fetched, marker: string, label: string) {
  expect(response.status, label).toBe(200);
  expect(response.body, label).not.toMatch(ERROR_DIGEST);
  expect(response.body, label).not.toContain(NOT_FOUND);
  expect(response.body, label).toContain(marker);
}

/**
 * The 404 page. Its status is 404, except under a loading.tsx (studio, attempt result): there the
 * 200 shell has already streamed when the page calls notFound(), and the 404 page follows in it.
 */
export function expectNotFoundPage(response: Fetched, label: string) {
  expect([200, 404], label).toContain(response.status);
  expect(response.body, label).toContain(NOT_FOUND);
  expect(response.body, label).not.toMatch(ERROR_DIGEST);
}

export function expectBadRequest(response: Fetched, label: string) {
  expect(response.status, label).toBe(400);
  expect(response.contentType, label).toContain('application/json');
  const body = JSON.parse(response.body) as { error?: unknown };
  expect(typeof body.error, label).toBe('string');
}

/** Signs in one account of each role and writes this file's exam and attempts, before its tests. */
export function setUpBadInput(): void {
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
}
