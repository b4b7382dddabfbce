import { errorReply, FOREIGN_ORIGIN, isSameOrigin, readJson, reply, SIGNED_OUT } from '@/server/attempts/http';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { getCurrentUser } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/**
 * POST /api/attempts — start an attempt (the JSON twin of the exam page's forms).
 * Body: { mode: 'mock', examSlug } or { mode: 'practice', examSlug, objectives, count, filter?, timed? }.
 * 201 { ok: true, data: { id, questionCount, url } } · 400 · 401 · 403 · 404 unknown exam · 422 no questions.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return FOREIGN_ORIGIN();
  const actor = await getCurrentUser();
  if (!actor) return SIGNED_OUT();
  const read = await readJson(request);
  if ('response' in read) return read.response;
  const body = (typeof read.body === 'object' && read.body !== null ? read.body : {}) as Record<string, unknown>;
  try {
    const now = new Date();
    let started;
    if (body.mode === 'mock') started = await startMockExam(actor, { examSlug: body.examSlug }, now);
    else if (body.mode === 'practice') started = await startPractice(actor, body, now);
    else return reply(400, { ok: false, error: 'Choose a mode: "mock" or "practice".', fieldErrors: { mode: 'Choose "mock" or "practice".' } });
    return reply(201, { ok: true, data: { ...started, url: `/attempts/${started.id}` } });
  } catch (error) {
    return errorReply(error, 'attempt-start');
  }
}
