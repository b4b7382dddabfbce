import 'server-only';
import type { InStatement, ResultSet } from '@libsql/client';
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

// The key's window and the policy's test of it, as SQL with named arguments (windowArgs) under a
// prefix, so one statement can test several keys. The growing delay and the cap are those of
// lib/security/rate-limit-policy.ts (decideRateLimit).
// Raw SQL on purpose: every sign-in runs it, and an attempt start its condition (p50 3.8 ms,
// bench/attempts.bench.ts). Built with drizzle (a delete and an `sql` template) the same batch cost
// +0.3–0.5 ms a call, ~240 µs of it building the two statements (measured side by side on the
// bench machine under load, 3,000 alternating calls).
const windowSql = (p: string) => `bucket = :${p}bucket AND key = :${p}key AND at > :${p}since`;
const slotFree = (p: string) =>
  `EXISTS (WITH recent AS (SELECT count(*) AS n, max(at) AS last FROM throttle_events WHERE ${windowSql(p)})
    SELECT 1 FROM recent WHERE n < :${p}cap AND (n < :${p}free OR :${p}now - last >= min(:${p}maxDelay, :${p}baseDelay * (1 << min(n - :${p}free, 40)))))`;

/** The named arguments of slotFreeCondition (and, under a prefix, of one key of a reservation). */
export function windowArgs({ bucket, key, policy }: RateLimitKey, now: number, prefix = '') {
  const args = {
    bucket,
    key,
    now,
    since: now - policy.windowMs,
    cap: policy.maxFailures,
    free: policy.freeAttempts,
    maxDelay: policy.maxDelayMs,
    baseDelay: policy.baseDelayMs,
  };
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [prefix + name, value]));
}

/**
 * "The key has a slot free now", as an SQL condition with windowArgs' named arguments, for a
 * write batch that does the guarded work and records its slot itself (an attempt start:
 * server/attempts/create.ts). Atomic: the batch runs under the write lock, so parallel requests
 * see each other's slots and never pass the cap.
 */
export const slotFreeCondition = slotFree('');

/** The statements of a reservation and how to read its outcome from their results. */
export interface ReservationStatements {
  statements: InStatement[];
  /** The outcome, from the batch's results; the reservation's statements must come first in it. */
  outcome(results: readonly ResultSet[]): Reservation;
}

/**
 * A reservation of one slot of every key, or none, as statements to put at the head of a write
 * batch (reserveSlots; sign-in adds its user read to the same round trip). After pruning each
 * key, ONE INSERT … SELECT records a slot of every key only if every key has one free
 * (slotFreeCondition's test): a single statement, so all or nothing, and atomic, so N parallel
 * requests can never take more than the cap, however they interleave — within one process and
 * across instances. The keys' windows are read in the same batch, so a refusal knows its wait
 * without another round trip.
 */
export function reservationStatements(keys: readonly RateLimitKey[], now: number): ReservationStatements {
  if (keys.length === 0) throw new Error('A reservation needs at least one key');
  const prefixes = keys.map((_, i) => `k${i}_`);
  const rows = prefixes.map((p) => `(:${p}bucket, :${p}key)`).join(', ');
  // Only the arguments each statement names: a remote server may refuse unknown ones.
  const readArgs = Object.fromEntries(
    keys.flatMap((key, i) => [
      [`${prefixes[i]}bucket`, key.bucket],
      [`${prefixes[i]}key`, key.key],
      [`${prefixes[i]}since`, now - key.policy.windowMs],
    ]),
  );
  const statements: InStatement[] = [
    ...keys.map((key) => pruneStatement(key, now)),
    {
      sql: `INSERT INTO throttle_events (bucket, key, at)
        SELECT column1, column2, :at FROM (VALUES ${rows})
        WHERE ${prefixes.map(slotFree).join(' AND ')}
        RETURNING id`,
      args: Object.assign({ at: now }, ...keys.map((key, i) => windowArgs(key, now, prefixes[i]))),
    },
    {
      sql: `SELECT bucket, key, at FROM throttle_events WHERE ${prefixes.map((p) => `(${windowSql(p)})`).join(' OR ')}`,
      args: readArgs,
    },
  ];
  return {
    statements,
    outcome(results) {
      const ids = (results[keys.length]?.rows ?? []).map((row) => Number(row.id));
      if (ids.length === keys.length) return { allowed: true, ids };
      return refusal(keys, results[keys.length + 1]?.rows ?? [], now);
    },
  };
}

/** Why a reservation was refused: the wait of the first key whose window (read with it) is full. */
function refusal(keys: readonly RateLimitKey[], recorded: ResultSet['rows'], now: number): Reservation {
  for (const key of keys) {
    const times = recorded
      .filter((row) => row.bucket === key.bucket && row.key === key.key)
      .map((row) => Number(row.at));
    const decision = decideRateLimit(key.policy, times, now);
    if (!decision.allowed) return decision;
  }
  // Unreachable in one transaction (the insert and the read saw the same window); still refuse.
  return { allowed: false, retryAfterMs: 1_000 };
}

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
 * Takes one slot of every key, or none, in one round trip (reservationStatements). The request
 * counts from this moment, before the work it guards (a password check, a sign-up) runs, which is
 * what makes parallel requests unable to pass more than the limit.
 */
export async function reserveSlots(keys: readonly RateLimitKey[], now: number): Promise<Reservation> {
  if (keys.length === 0) return { allowed: true, ids: [] };
  const reservation = reservationStatements(keys, now);
  const { client, write } = appDatabase();
  const results = await write(() => client.batch(reservation.statements, 'write'));
  return reservation.outcome(results);
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
