import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { quickExam } from '@/database/seeds/test/exams';
import type { Role } from './harness';
import { data, expectNotFoundPage, expectRendered, get, LONG, setUpBadInput } from './bad-input';

// Pages given hostile query strings and route params: their defaults, or the 404 page; never a 500.
setUpBadInput();

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
