import 'server-only';
import { NextResponse } from 'next/server';
import { AuthorizationError } from '@/server/auth/guards';
import { isAppError } from '@/lib/app-error';
import { logger } from '@/server/logger';

/**
 * The JSON answer of the progress and review GET route handlers: the data, or the error as
 * { error, fieldErrors? } with its status. Never cached: it is one learner's data.
 */
export async function jsonFrom<T>(name: string, body: () => Promise<T>): Promise<NextResponse> {
  const headers = { 'Cache-Control': 'private, no-store' };
  try {
    return NextResponse.json(await body(), { headers });
  } catch (error) {
    if (error instanceof AuthorizationError) return NextResponse.json({ error: error.message }, { status: error.status, headers });
    if (isAppError(error)) {
      const fieldErrors = 'fieldErrors' in error ? error.fieldErrors : undefined;
      return NextResponse.json({ error: error.message, ...(fieldErrors ? { fieldErrors } : {}) }, { status: error.status, headers });
    }
    logger.error({ err: error, route: name }, 'route handler failed');
    return NextResponse.json({ error: 'Something went wrong on our side. Please try again.' }, { status: 500, headers });
  }
}
