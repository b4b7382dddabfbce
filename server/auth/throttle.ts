import 'server-only';
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { throttleEvents } from '@/database/schema';
import { decideThrottle, type ThrottleDecision, type ThrottlePolicy } from '@/lib/auth/throttle-policy';
import { appDatabase, writeBatch } from '../db';

export interface ThrottleKey {
  bucket: string;
  key: string;
  policy: ThrottlePolicy;
}

/** Slots taken by reserveSlots: the recorded events, kept (a failure, a use) or released. */
export interface ReservedSlots {
  ids: number[];
}

export type Reservation = ({ allowed: true } & ReservedSlots) | { allowed: false; retryAfterMs: number };

/**
 * One statement that checks the key's window and records this request only if the policy
 * (lib/auth/throttle-policy.ts, decideThrottle) allows it: the cap and the growing delay after
 * the free attempts. A single INSERT … SELECT is atomic, so N parallel requests can never take
 * more than the cap, however they interleave — within one process and across instances.
 */
function reserveStatement({ bucket, key, policy }: ThrottleKey, now: number) {
  // The builder has no INSERT … SELECT from a CTE with this condition: the `sql` template.
  const free = policy.freeAttempts;
  return appDatabase().db.all<{ id: number }>(sql`WITH recent AS (
      SELECT count(*) AS n, max(at) AS last FROM ${throttleEvents} WHERE bucket = ${bucket} AND key = ${key} AND at > ${now - policy.windowMs})
    INSERT INTO ${throttleEvents} (bucket, key, at)
    SELECT ${bucket}, ${key}, ${now} FROM recent
    WHERE n < ${policy.maxFailures} AND (n < ${free} OR ${now} - last >= min(${policy.maxDelayMs}, ${policy.baseDelayMs} * (1 << min(n - ${free}, 40))))
    RETURNING id`);
}

function pruneStatement({ bucket, key, policy }: ThrottleKey, now: number) {
  // Old events are useless after the window; prune the key we touch.
  return appDatabase()
    .db.delete(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), eq(throttleEvents.key, key), lte(throttleEvents.at, now - policy.windowMs)));
}

/** Decides from the events recorded in the policy's window (one indexed range read). */
export async function checkThrottle({ bucket, key, policy }: ThrottleKey, now: number): Promise<ThrottleDecision> {
  const rows = await appDatabase()
    .db.select({ at: throttleEvents.at })
    .from(throttleEvents)
    .where(and(eq(throttleEvents.bucket, bucket), eq(throttleEvents.key, key), gt(throttleEvents.at, now - policy.windowMs)))
    .orderBy(asc(throttleEvents.at));
  return decideThrottle(policy, rows.map((row) => row.at), now);
}

/**
 * Takes one slot of every key, or none: a refusal by any key gives back the slots already taken.
 * The request counts from this moment, before the work it guards (a password check, a sign-up)
 * runs, which is what makes parallel requests unable to pass more than the limit.
 */
export async function reserveSlots(keys: ThrottleKey[], now: number): Promise<Reservation> {
  const { db, write } = appDatabase();
  const ids: number[] = [];
  for (const key of keys) {
    const [, inserted] = await write(() => db.batch([pruneStatement(key, now), reserveStatement(key, now)]));
    const id = inserted[0]?.id;
    if (id === undefined) {
      await releaseSlots({ ids });
      const decision = await checkThrottle(key, now);
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
