import { z } from 'zod';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { submitAttempt } from '@/server/attempts/submit';
import { jsonRoute } from '@/server/entry/routes';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts/:id/submit — submit and score (the JSON twin of the runner's action).
 * Idempotent: a second call answers 200 with the same attempt.
 * 200 { ok: true, data: { id, submittedNow, reason, resultUrl } } · 401 · 403 · 404 · 409 abandoned.
 */
export const POST = jsonRoute(
  { name: 'attempts.submit.json', access: 'learner', params: z.object({ id: attemptIdSchema }) },
  async ({ user, params }) => {
    const outcome = await submitAttempt(user, params.id, new Date());
    return { data: { ...outcome, resultUrl: `/attempts/${outcome.id}/result` } };
  },
);
