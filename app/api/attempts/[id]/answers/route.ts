import { attemptIdSchema } from '@/lib/validation/attempts';
import { saveAnswer } from '@/server/attempts/answers';
import { errorReply, FOREIGN_ORIGIN, isSameOrigin, readJson, reply, SIGNED_OUT } from '@/server/attempts/http';
import { getCurrentUser } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts/:id/answers — save one answer and/or flag of an open attempt.
 * Body: { position, selected?: string[], flagged?: boolean, revision, timeSpentMs? }.
 * 200 { ok: true, data: SaveResult } · 400 bad payload · 401 signed out · 403 foreign origin ·
 * 404 unknown or not yours · 409 closed (submitted, abandoned, time up) · 413 too large.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return FOREIGN_ORIGIN();
  const actor = await getCurrentUser();
  if (!actor) return SIGNED_OUT();
  // An id that is not a UUID is an attempt that does not exist (before the body is read).
  const id = attemptIdSchema.safeParse((await params).id);
  if (!id.success) return reply(404, { ok: false, error: 'This attempt does not exist.' });
  const read = await readJson(request);
  if ('response' in read) return read.response;
  try {
    const data = await saveAnswer(actor, id.data, read.body, new Date());
    return reply(200, { ok: true, data });
  } catch (error) {
    return errorReply(error, 'attempt-answers');
  }
}
