import 'server-only';
import { NextResponse } from 'next/server';
import { fail } from '@/lib/action-result';
import { isAppError } from '@/lib/app-error';
import { logger } from '../logger';

/**
 * The two mappings of the one error model (lib/app-error.ts): to a server action's result and to
 * an HTTP answer. An AppError's message is shown as it is; anything else is a bug, logged with
 * the entry point's name and answered without internals.
 */
export function toActionResult(error: unknown, entryPoint: string) {
  if (isAppError(error)) return fail(error.message, error.fieldErrors);
  logger.error({ err: error, entryPoint }, 'server action failed');
  return fail('Something went wrong on our side. Nothing was changed; please try again.');
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function toJsonResponse(error: unknown, entryPoint: string): NextResponse {
  if (!isAppError(error)) {
    logger.error({ err: error, entryPoint }, 'route handler failed');
    return jsonReply(500, {
      ok: false,
      error: 'Something went wrong on our side. Nothing was lost; please try again.',
    });
  }
  const body = {
    ok: false,
    error: error.message,
    ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
    ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    ...error.details,
  };
  return jsonReply(
    error.status,
    body,
    error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {},
  );
}
