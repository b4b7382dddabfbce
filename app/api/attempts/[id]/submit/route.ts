import { attemptIdSchema } from '@/lib/validation/attempts';
import { errorReply, FOREIGN_ORIGIN, isSameOrigin, reply, SIGNED_OUT } from '@/server/attempts/http';
import { submitAttempt } from '@/server/attempts/submit';
import { getCurrentUser } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts/:id/submit — submit and score (the JSON twin of the runner's action).
 * Idempotent: a second call answers 200 with the same attempt.
 * 200 { ok: true, data: { id, submittedNow, reason, resultUrl } } · 401 · 403 · 404 · 409 abandoned.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return FOREIGN_ORIGIN();
  const actor = await getCurrentUser();
  if (!actor) return SIGNED_OUT();
  // An id that is not a UUID is an attempt that does not exist.
  const id = attemptIdSchema.safeParse((await params).id);
  if (!id.success) return reply(404, { ok: false, error: 'This attempt does not exist.' });
  try {
    const outcome = await submitAttempt(actor, id.data, new Date());
    return reply(200, { ok: true, data: { ...outcome, resultUrl: `/attempts/${outcome.id}/result` } });
  } catch (error) {
    return errorReply(error, 'attempt-submit');
  }
}
