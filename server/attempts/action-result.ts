import 'server-only';
import { fail, type ActionResult } from '@/lib/action-result';
import { runAction } from '@/server/action-runner';
import { isAttemptError } from './errors';

/**
 * runAction plus the attempt errors: a closed attempt, a bad payload or an empty question pool
 * become a clear message with field errors; anything else is handled by runAction (auth errors
 * as messages, the unexpected logged and reported without internals).
 */
export async function runAttemptAction<T>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return runAction(name, async () => {
    try {
      return await body();
    } catch (error) {
      if (isAttemptError(error)) return fail(error.message, 'fieldErrors' in error ? error.fieldErrors : undefined);
      throw error;
    }
  });
}
