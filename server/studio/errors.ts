import 'server-only';
import { fail, type ActionResult } from '@/lib/action-result';
import { runAction } from '../action-runner';

/** A studio request that cannot be done as asked; the message is safe to show. */
export class StudioError extends Error {
  override name = 'StudioError';
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly kind: 'input' | 'not-found' | 'conflict' = 'input',
  ) {
    super(message);
  }
}

export function notFound(what: string): StudioError {
  return new StudioError(`This ${what} does not exist (any more).`, undefined, 'not-found');
}

/** runAction plus the studio's own errors as clean results. */
export function runStudioAction<T>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return runAction(name, async () => {
    try {
      return await body();
    } catch (error) {
      if (error instanceof StudioError) return fail(error.message, error.fieldErrors);
      throw error;
    }
  });
}
