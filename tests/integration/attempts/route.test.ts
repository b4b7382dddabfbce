import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { createUser } from '../../helpers/factories';
import { attemptTables, keysOf } from './helpers';

// The route reads the session from cookies; here the session is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/server/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import('@/app/api/attempts/[id]/answers/route');
const { POST: START } = await import('@/app/api/attempts/route');
const { POST: SUBMIT } = await import('@/app/api/attempts/[id]/submit/route');
const SAME_ORIGIN = { origin: 'http://app.test', host: 'app.test', 'content-type': 'application/json' };

function post(
  id: string,
  body: unknown,
  headers: Record<string, string> = { origin: 'http://app.test', host: 'app.test' },
) {
  const request = new Request(`http://app.test/api/attempts/${id}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id }) });
}

describe('POST /api/attempts/:id/answers', () => {
  beforeEach(() => {
    session.user = null;
  });

  it('saves an answer for the signed-in owner', async () => {
    const learner = await createUser();
    session.user = learner;
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, new Date());
    const [q] = await keysOf(id);
    const response = await post(id, { position: 0, selected: q!.correct, revision: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: true, data: { position: 0, revision: 1 } });
  });

  it('refuses cross-site and origin-less requests before anything else', async () => {
    const learner = await createUser();
    session.user = learner;
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, new Date());
    const before = await attemptTables();
    const variants: Record<string, string>[] = [
      { host: 'app.test' },
      { origin: 'https://evil.example', host: 'app.test' },
      { origin: 'null', host: 'app.test' },
    ];
    for (const headers of variants) {
      const response = await post(id, { position: 0, flagged: true, revision: 1 }, headers);
      expect(response.status).toBe(403);
    }
    expect(await attemptTables()).toEqual(before);
  });

  it('answers 401 when signed out, 404 for another learner, 400 for bad bodies, 409 once closed', async () => {
    const owner = await createUser();
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, new Date());
    expect((await post(id, { position: 0, flagged: true, revision: 1 })).status).toBe(401);

    session.user = await createUser();
    const foreign = await post(id, { position: 0, flagged: true, revision: 1 });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ ok: false, error: 'This attempt does not exist.' });

    session.user = owner;
    expect((await post(id, '{not json')).status).toBe(400);
    const bad = await post(id, { position: 0, selected: ['zz'], revision: 1 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toHaveProperty('selected');
    expect((await post(id, 'x'.repeat(20_000))).status).toBe(413);

    await submitAttempt(owner, id, new Date());
    const closed = await post(id, { position: 0, flagged: true, revision: 2 });
    expect(closed.status).toBe(409);
    expect(await closed.json()).toMatchObject({
      ok: false,
      reason: 'submitted',
      resultUrl: `/attempts/${id}/result`,
    });
  });
});

describe('POST /api/attempts and /api/attempts/:id/submit', () => {
  beforeEach(() => {
    session.user = null;
  });

  const start = (body: unknown, headers: Record<string, string> = SAME_ORIGIN) =>
    START(
      new Request('http://app.test/api/attempts', { method: 'POST', headers, body: JSON.stringify(body) }),
    );
  const submit = (id: string, headers: Record<string, string> = SAME_ORIGIN) =>
    SUBMIT(new Request(`http://app.test/api/attempts/${id}/submit`, { method: 'POST', headers }), {
      params: Promise.resolve({ id }),
    });

  it('starts a mock exam or a practice session and submits it once', async () => {
    const learner = await createUser();
    session.user = learner;
    const mock = await start({ mode: 'mock', examSlug: 'test-exam' });
    expect(mock.status).toBe(201);
    const { data } = (await mock.json()) as { data: { id: string; questionCount: number; url: string } };
    expect(data).toMatchObject({ questionCount: 10, url: `/attempts/${data.id}` });

    const practice = await start({ mode: 'practice', examSlug: 'test-exam', objectives: ['2'], count: 3 });
    expect(practice.status).toBe(201);
    expect(((await practice.json()) as { data: { questionCount: number } }).data.questionCount).toBe(3);

    const first = await submit(data.id);
    expect(first.status).toBe(200);
    expect((await first.json()).data).toMatchObject({
      id: data.id,
      submittedNow: true,
      resultUrl: `/attempts/${data.id}/result`,
    });
    expect((await (await submit(data.id)).json()).data.submittedNow).toBe(false);
  });

  it('refuses bad modes, foreign origins, signed-out users and other learners', async () => {
    const owner = await createUser();
    session.user = owner;
    expect((await start({ mode: 'exam', examSlug: 'test-exam' })).status).toBe(400);
    expect((await start({ mode: 'mock', examSlug: 'nope' })).status).toBe(404);
    expect((await start({ mode: 'practice', examSlug: 'test-exam', objectives: [], count: 3 })).status).toBe(
      400,
    );
    const before = await attemptTables();
    expect(
      (
        await start(
          { mode: 'mock', examSlug: 'test-exam' },
          { host: 'app.test', origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403);
    expect(await attemptTables()).toEqual(before);

    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, new Date());
    expect((await submit(id, { host: 'app.test' })).status).toBe(403);
    session.user = await createUser();
    expect((await submit(id)).status).toBe(404);
    session.user = null;
    expect((await submit(id)).status).toBe(401);
    expect((await start({ mode: 'mock', examSlug: 'test-exam' })).status).toBe(401);
  });
});
