/**
 * A rate limit as a pure decision over the slots recorded in a window (for sign-in, the failures).
 * After `freeAttempts` failures each further attempt must wait a growing delay
 * (1 s, 2 s, 4 s … up to `maxDelayMs`), and at `maxFailures` the key is locked until the
 * oldest failure leaves the window.
 */
export interface RateLimitPolicy {
  windowMs: number;
  maxFailures: number;
  freeAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export function decideRateLimit(
  policy: RateLimitPolicy,
  failureTimes: number[],
  now: number,
): RateLimitDecision {
  const recent = failureTimes.filter((t) => t > now - policy.windowMs).sort((a, b) => a - b);
  if (recent.length >= policy.maxFailures) {
    const unlockAt = recent[recent.length - policy.maxFailures]! + policy.windowMs;
    return { allowed: false, retryAfterMs: Math.max(1, unlockAt - now) };
  }
  if (recent.length >= policy.freeAttempts) {
    const extra = recent.length - policy.freeAttempts;
    const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** extra);
    const last = recent[recent.length - 1]!;
    if (now - last < delay) return { allowed: false, retryAfterMs: delay - (now - last) };
  }
  return { allowed: true };
}

/** 5 failures per 15 min per account (≤ 20/hour), with a delay growing from the 3rd. */
export const ACCOUNT_SIGN_IN_POLICY: RateLimitPolicy = {
  windowMs: 15 * 60_000,
  maxFailures: 5,
  freeAttempts: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};

/** 20 failures per 15 min per IP (≤ 80/hour), for password spraying across accounts. */
export const IP_SIGN_IN_POLICY: RateLimitPolicy = {
  windowMs: 15 * 60_000,
  maxFailures: 20,
  freeAttempts: 10,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};

/** Reset-link requests: 3 per 15 min per account, 10 per 15 min per IP (no delay needed). */
export const ACCOUNT_RESET_POLICY: RateLimitPolicy = {
  windowMs: 15 * 60_000,
  maxFailures: 3,
  freeAttempts: 3,
  baseDelayMs: 0,
  maxDelayMs: 0,
};
export const IP_RESET_POLICY: RateLimitPolicy = {
  windowMs: 15 * 60_000,
  maxFailures: 10,
  freeAttempts: 10,
  baseDelayMs: 0,
  maxDelayMs: 0,
};

/** New accounts per IP: 5 per hour stops scripted sign-ups without bothering a shared office. */
export const IP_SIGN_UP_POLICY: RateLimitPolicy = {
  windowMs: 60 * 60_000,
  maxFailures: 5,
  freeAttempts: 5,
  baseDelayMs: 0,
  maxDelayMs: 0,
};

/** Attempt starts per learner: 60 per hour is a session a minute, far beyond real study. */
export const ATTEMPT_START_POLICY: RateLimitPolicy = {
  windowMs: 60 * 60_000,
  maxFailures: 60,
  freeAttempts: 60,
  baseDelayMs: 0,
  maxDelayMs: 0,
};

/** Import requests (previews and imports) per moderator: each parses a file of up to 5 MB. */
export const IMPORT_POLICY: RateLimitPolicy = {
  windowMs: 60 * 60_000,
  maxFailures: 30,
  freeAttempts: 30,
  baseDelayMs: 0,
  maxDelayMs: 0,
};

/** AI generations per moderator: each is a paid model call of up to 20 questions (issue 19). */
export const AI_GENERATION_POLICY: RateLimitPolicy = {
  windowMs: 60 * 60_000,
  maxFailures: 10,
  freeAttempts: 10,
  baseDelayMs: 0,
  maxDelayMs: 0,
};
