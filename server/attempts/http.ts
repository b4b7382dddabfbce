import 'server-only';
import { NextResponse } from 'next/server';
import { AuthorizationError } from '@/server/auth/guards';
import { logger } from '@/server/logger';
import { RateLimitedError } from '@/server/rate-limit';
import { AttemptClosedError, isAttemptError } from './errors';

/**
 * A cookie-authenticated POST must come from our own pages: its Origin must name the host the
 * request was sent to. A request without Origin is refused (browsers send it on every POST).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')].filter((h): h is string => Boolean(h));
  return hosts.some((host) => host.split(',')[0]!.trim().toLowerCase() === originHost.toLowerCase());
}

export function reply(status: number, body: unknown): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export const FOREIGN_ORIGIN = () => reply(403, { ok: false, error: 'This request did not come from PingToPass.' });
export const SIGNED_OUT = () => reply(401, { ok: false, error: 'Your session has ended. Sign in again.' });

/** The JSON body, at most `maxBytes`; a Response to send back instead when it is not one. */
export async function readJson(request: Request, maxBytes = 8 * 1024): Promise<{ body: unknown } | { response: NextResponse }> {
  const tooLarge = () => ({ response: reply(413, { ok: false, error: 'This request is too large.' }) });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const text = await request.text();
  if (text.length > maxBytes) return tooLarge();
  if (text.trim() === '') return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { response: reply(400, { ok: false, error: 'The request was not valid JSON.' }) };
  }
}

/** Attempt and authorization errors as JSON with their status; anything else logged, 500. */
export function errorReply(error: unknown, route: string): NextResponse {
  if (error instanceof AttemptClosedError) {
    return reply(409, { ok: false, error: error.message, reason: error.reason, resultUrl: `/attempts/${error.attemptId}/result` });
  }
  if (isAttemptError(error)) {
    const fieldErrors = 'fieldErrors' in error && error.fieldErrors ? { fieldErrors: error.fieldErrors } : {};
    return reply(error.status, { ok: false, error: error.message, ...fieldErrors });
  }
  if (error instanceof AuthorizationError) return reply(error.status, { ok: false, error: error.message });
  if (error instanceof RateLimitedError) {
    const response = reply(429, { ok: false, error: error.message, retryAfterSeconds: error.retryAfterSeconds });
    response.headers.set('Retry-After', String(error.retryAfterSeconds));
    return response;
  }
  logger.error({ err: error, route }, 'attempt route failed');
  return reply(500, { ok: false, error: 'Something went wrong on our side. Nothing was lost; please try again.' });
}
