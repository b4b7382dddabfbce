import 'server-only';
import type { InStatement } from '@libsql/client';
import { decideThrottle, type ThrottleDecision, type ThrottlePolicy } from '@/lib/auth/throttle-policy';
import { appDatabase } from '../db';

export interface ThrottleKey {
  bucket: string;
  key: string;
  policy: ThrottlePolicy;
}

/** Decides from the failures recorded in the policy's window (one indexed range read). */
export async function checkThrottle({ bucket, key, policy }: ThrottleKey, now: number): Promise<ThrottleDecision> {
  const { client } = appDatabase();
  const result = await client.execute({
    sql: 'SELECT at FROM throttle_events WHERE bucket = ? AND key = ? AND at > ? ORDER BY at',
    args: [bucket, key, now - policy.windowMs],
  });
  return decideThrottle(policy, result.rows.map((row) => Number(row.at)), now);
}

/** The first decision that blocks, or allowed. */
export async function checkThrottles(keys: ThrottleKey[], now: number): Promise<ThrottleDecision> {
  let longest: ThrottleDecision = { allowed: true };
  for (const key of keys) {
    const decision = await checkThrottle(key, now);
    if (!decision.allowed && (longest.allowed || decision.retryAfterMs > longest.retryAfterMs)) longest = decision;
  }
  return longest;
}

export function recordFailureStatements(keys: ThrottleKey[], now: number): InStatement[] {
  return [
    // Old events are useless after the longest window; prune the keys we touch.
    ...keys.map(({ bucket, key, policy }) => ({
      sql: 'DELETE FROM throttle_events WHERE bucket = ? AND key = ? AND at <= ?',
      args: [bucket, key, now - policy.windowMs],
    })),
    ...keys.map(({ bucket, key }) => ({ sql: 'INSERT INTO throttle_events (bucket, key, at) VALUES (?, ?, ?)', args: [bucket, key, now] })),
  ];
}

export function clearFailuresStatement(bucket: string, key: string): InStatement {
  return { sql: 'DELETE FROM throttle_events WHERE bucket = ? AND key = ?', args: [bucket, key] };
}

export function formatRetryAfter(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
