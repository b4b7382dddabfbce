import 'server-only';
import type { InStatement } from '@libsql/client';
import { checkThrottle, formatRetryAfter, recordFailureStatements, type ThrottleKey } from './auth/throttle';

/**
 * A request refused by an abuse limit. Routes answer 429 with Retry-After; server actions show
 * the message. The limits live in the database, so they hold across app instances.
 */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  readonly status = 429;
  constructor(
    what: string,
    readonly retryAfterMs: number,
  ) {
    super(`${what} Please try again in ${formatRetryAfter(retryAfterMs)}.`);
  }

  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}

/**
 * Throws RateLimitedError when the key is over its limit; otherwise returns the statements that
 * count this request, to run in the same batch as the write they guard (no write, no count).
 */
export async function takeLimit(key: ThrottleKey, now: number, refusal: string): Promise<InStatement[]> {
  const decision = await checkThrottle(key, now);
  if (!decision.allowed) throw new RateLimitedError(refusal, decision.retryAfterMs);
  return recordFailureStatements([key], now);
}
