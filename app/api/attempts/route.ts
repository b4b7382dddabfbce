import { z } from 'zod';
import { planMockStart, type MockPlan } from '@/server/attempts/mock-plan';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { jsonRoute } from '@/server/entry/routes';

export const dynamic = 'force-dynamic';

// The services validate the rest of the body; the mode picks which one.
const startBody = z.looseObject({
  mode: z.enum(['mock', 'practice'], { message: 'Choose "mock" or "practice".' }),
});

/**
 * POST /api/attempts — start an attempt (the JSON twin of the exam page's forms).
 * Body: { mode: 'mock', examSlug } or { mode: 'practice', examSlug, objectives, count, filter?, timed? }.
 * 201 { ok: true, data: { id, questionCount, url } } · 400 · 401 · 403 · 404 unknown exam ·
 * 409 a mock of this exam is already open (`attemptId`, `resumeUrl`) · 422 no questions · 429.
 */
export const POST = jsonRoute(
  {
    name: 'attempts.start',
    access: 'learner',
    body: startBody,
    // A mock's reads (exam, questions) do not depend on who asks: they travel with the session check.
    preload: async ({ body }) =>
      startBody.safeParse(body).data?.mode === 'mock' ? planMockStart(body, Math.random) : null,
  },
  async ({ user, body, preloaded }) => {
    const now = new Date();
    const started =
      body.mode === 'mock'
        ? await startMockExam(
            user,
            { examSlug: body.examSlug },
            now,
            Math.random,
            preloaded as Promise<MockPlan | null> | undefined,
          )
        : await startPractice(user, body, now);
    return { status: 201, data: { ...started, url: `/attempts/${started.id}` } };
  },
);
