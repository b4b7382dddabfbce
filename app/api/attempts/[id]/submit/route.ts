import { z } from 'zod';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { submitAttempt } from '@/server/attempts/submit';
import { readForSubmit, type SubmitReads } from '@/server/attempts/submit-reads';
import { jsonRoute } from '@/server/entry/routes';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts/:id/submit — submit and score (the JSON twin of the runner's action).
 * Idempotent: a second call answers 200 with the same attempt.
 * 200 { ok: true, data: { id, submittedNow, reason, resultUrl } } · 401 · 403 · 404 · 409 abandoned.
 */
export const POST = jsonRoute(
  {
    name: 'attempts.submit.json',
    access: 'learner',
    params: z.object({ id: attemptIdSchema }),
    // The submit's reads travel with the session check; used only once the caller owns the attempt.
    preload: ({ params }) => readForSubmit(params.id),
  },
  async ({ user, params, preloaded }) => {
    const reads = preloaded as Promise<SubmitReads | null> | undefined;
    const outcome = await submitAttempt(user, params.id, new Date(), reads);
    return { data: { ...outcome, resultUrl: `/attempts/${outcome.id}/result` } };
  },
);
