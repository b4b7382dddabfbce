import { describe, expect, it } from 'vitest';
import { callAction } from './actions';
import { baseUrl } from './harness';
import { cookies, data, expectBadRequest, get, LONG, post, setUpBadInput } from './bad-input';

// JSON route handlers and server actions given hostile input: a 4xx with a message, never a 500.
setUpBadInput();

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
