import 'server-only';
import { AppError } from '@/lib/app-error';
import { formatRetryAfter, releaseSlots, reserveSlots, type ThrottleKey } from './auth/throttle';

/**
 * A request refused by an abuse limit. Routes answer 429 with Retry-After; server actions show
 * the message. The limits live in the database, so they hold across app instances.
 */
export class RateLimitedError extends AppError {
  override name = 'RateLimitedError';
  constructor(
    what: string,
    readonly retryAfterMs: number,
  ) {
    super('rate_limited', `${what} Please try again in ${formatRetryAfter(retryAfterMs)}.`, {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    });
  }
}

/** A slot of an abuse limit, already counted. */
export interface LimitSlot {
  /** Gives the slot back: the work it was taken for did not happen. */
  release(): Promise<void>;
}

/**
 * Takes a slot of the key's limit in one atomic statement (see reserveSlots), or throws
 * RateLimitedError. Run the guarded work through `spendSlot` so a failure gives the slot back.
 */
export async function takeLimit(key: ThrottleKey, now: number, refusal: string): Promise<LimitSlot> {
  const reservation = await reserveSlots([key], now);
  if (!reservation.allowed) throw new RateLimitedError(refusal, reservation.retryAfterMs);
  return { release: () => releaseSlots(reservation) };
}

/** Runs the work the slot was taken for; if it throws, the slot is given back (no write, no count). */
export async function spendSlot<T>(slot: LimitSlot, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await slot.release().catch(() => undefined);
    throw error;
  }
}
