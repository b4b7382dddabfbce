import 'server-only';
import { fail, type ActionResult } from '@/lib/action-result';
import { AuthorizationError } from './auth/guards';
import { logger } from './logger';
import { RateLimitedError } from './rate-limit';

/**
 * Wraps a server action body: authorization failures become a clear error result, and an
 * unexpected failure is logged and reported without internals. Nothing is thrown to the client.
 */
export async function runAction<T>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AuthorizationError || error instanceof RateLimitedError) return fail(error.message);
    logger.error({ err: error, action: name }, 'server action failed');
    return fail('Something went wrong on our side. Nothing was changed; please try again.');
  }
}

export function formToObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) result[key] = value;
  }
  return result;
}
