import 'server-only';
import type { InStatement } from '@libsql/client';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
// The table keeps its first name, throttle_events: renaming it would take a migration for no gain.
import { throttleEvents } from '@/database/schema';
import { AppError } from '@/lib/app-error';
import {
  decideRateLimit,
  type RateLimitDecision,
  type RateLimitPolicy,
} from '@/lib/security/rate-limit-policy';
import { appDatabase, writeBatch } from './db';

/**
 * Rate limits stored in the database, so they hold across app instances: one row per slot taken
 * in a bucket + key. Sign-in, reset and sign-up reserve slots of several keys at once
 * (reserveSlots); the other limits take one slot with takeLimit and spend it with spendSlot.
 */

export interface RateLimitKey {
  bucket: string;
  key: string;
  policy: RateLimitPolicy;
}

/** Slots taken by reserveSlots: the recorded events, kept (a failure, a use) or released. */
export interface ReservedSlots {
  ids: number[];
}

export type Reservation = ({ allowed: true } & ReservedSlots) | { allowed: false; retryAfterMs: number };

/**
 * One statement that checks the key's window and records this request only if the policy
 * (lib/security/rate-limit-policy.ts, decideRateLimit) allows it: the cap and the growing delay after
 * the free attempts. A single INSERT … SELECT is atomic, so N parallel requests can never take
 * more than the cap, however they interleave — within one process and across instances.
 */
// The reservation is raw SQL on purpose: every sign-in runs it, and an attempt start its condition
// (p50 3.8 ms, bench/attempts.bench.ts). Built with drizzle (a delete and an `sql` template) the same batch cost
// +0.3–0.5 ms a call, ~240 µs of it building the two statements (measured side by side on the
// bench machine under load, 3,000 alternating calls).
function reserveStatement(key: RateLimitKey, now: number): InStatement {
  return {
    sql: `WITH ${RECENT_SQL}
      INSERT INTO throttle_events (bucket, key, at)
      SELECT :bucket, :key, :now FROM recent
      WHERE ${ALLOWS_SQL}
      RETURNING id`,
    args: windowArgs(key, now),
  };
}

// The key's window and the policy's test of it, shared by the reservation above and by
// slotFreeCondition (a write that takes its slot in the same batch).
const RECENT_SQL = `recent AS (SELECT count(*) AS n, max(at) AS last FROM throttle_events WHERE bucket = :bucket AND key = :key AND at > :since)`;
const ALLOWS_SQL = `n < :cap AND (n < :free OR :now - last >= min(:maxDelay, :baseDelay * (1 << min(n - :free, 40))))`;

/** The named arguments of RECENT_SQL and ALLOWS_SQL. */
export function windowArgs({ bucket, key, policy }: RateLimitKey, now: number) {
  return {
    bucket,
    key,
    now,
    since: now - policy.windowMs,
    cap: policy.maxFailures,
    free: policy.freeAttempts,
    maxDelay: policy.maxDelayMs,
    baseDelay: policy.baseDelayMs,
  };
}

/**
 * "The key has a slot free now", as an SQL condition with windowArgs' named arguments, for a
 * write batch that does the guarded work and records its slot itself (an attempt start:
 * server/attempts/create.ts). Atomic like reserveSlots: the batch runs under the write lock, so
 * parallel requests see each other's slots and never pass the cap.
 */
export const slotFreeCondition = `EXISTS (WITH ${RECENT_SQL} SELECT 1 FROM recent WHERE ${ALLOWS_SQL})`;

export function pruneStatement({ bucket, key, policy }: RateLimitKey, now: number): InStatement {
  // Old events are useless after the window; prune the key we touch.
  return {
    sql: 'DELETE FROM throttle_events WHERE bucket = ? AND key = ? AND at <= ?',
    args: [bucket, key, now - policy.windowMs],
  };
}

/** Decides from the events recorded in the policy's window (one indexed range read). */
export async function checkRateLimit(
  { bucket, key, policy }: RateLimitKey,
  now: number,
): Promise<RateLimitDecision> {
  const rows = await appDatabase()
    .db.select({ at: throttleEvents.at })
    .from(throttleEvents)
    .where(
      and(
        eq(throttleEvents.bucket, bucket),
        eq(throttleEvents.key, key),
        gt(throttleEvents.at, now - policy.windowMs),
      ),
    )
    .orderBy(asc(throttleEvents.at));
  return decideRateLimit(
    policy,
    rows.map((row) => row.at),
    now,
  );
}

/**
 * Takes one slot of every key, or none: a refusal by any key gives back the slots already taken.
 * The request counts from this moment, before the work it guards (a password check, a sign-up)
 * runs, which is what makes parallel requests unable to pass more than the limit.
 */
export async function reserveSlots(keys: RateLimitKey[], now: number): Promise<Reservation> {
  const { client, write } = appDatabase();
  const ids: number[] = [];
  for (const key of keys) {
    const [, inserted] = await write(() =>
      client.batch([pruneStatement(key, now), reserveStatement(key, now)], 'write'),
    );
    const id = inserted?.rows[0]?.id;
    if (id === undefined || id === null) {
      await releaseSlots({ ids });
      const decision = await checkRateLimit(key, now);
      // The window may have moved on between the two reads: still refuse this request.
      return { allowed: false, retryAfterMs: decision.allowed ? 1_000 : decision.retryAfterMs };
    }
    ids.push(Number(id));
  }
  return { allowed: true, ids };
}

/** Gives slots back: the guarded work did not happen (or succeeded, for failure counters). */
export function releaseSlotsStatement({ ids }: ReservedSlots) {
  return appDatabase().db.delete(throttleEvents).where(inArray(throttleEvents.id, ids));
}

export async function releaseSlots(slots: ReservedSlots): Promise<void> {
  if (slots.ids.length === 0) return;
  await writeBatch([releaseSlotsStatement(slots)]);
}

export function clearFailuresStatement(bucket: string, key: string) {
  return appDatabase()
    .db.delete(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), eq(throttleEvents.key, key)));
}

export function formatRetryAfter(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * A request refused by a rate limit. Routes answer 429 with Retry-After; server actions show
 * the message.
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

/** A slot of a rate limit, already counted. */
export interface LimitSlot {
  /** Gives the slot back: the work it was taken for did not happen. */
  release(): Promise<void>;
}

/**
 * Takes a slot of the key's limit in one atomic statement (see reserveSlots), or throws
 * RateLimitedError. Run the guarded work through `spendSlot` so a failure gives the slot back.
 */
export async function takeLimit(key: RateLimitKey, now: number, refusal: string): Promise<LimitSlot> {
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
