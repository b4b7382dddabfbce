import { z } from 'zod';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { readSaveContext, saveAnswer } from '@/server/attempts/answers';
import { jsonRoute } from '@/server/entry/routes';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts/:id/answers — save one answer and/or flag of an open attempt.
 * Body: { position, selected?: string[], flagged?: boolean, struck?: string[], revision, timeSpentMs? }
 * (checked by saveAnswer).
 * 200 { ok: true, data: SaveResult } · 400 bad payload · 401 signed out · 403 foreign origin ·
 * 404 unknown or not yours (an id that is not a UUID before the body is read) · 409 closed · 413 too large.
 */
export const POST = jsonRoute(
  {
    name: 'attempts.saveAnswer',
    access: 'learner',
    params: z.object({ id: attemptIdSchema }),
    body: z.unknown(),
    // The answer's attempt and question are read together with the session check.
    preload: ({ params, body }) => readSaveContext(params.id, body),
  },
  async ({ user, params, body, preloaded }) => ({
    data: await saveAnswer(
      user,
      params.id,
      body,
      new Date(),
      preloaded as ReturnType<typeof readSaveContext>,
    ),
  }),
);
