/** The first retry of a failed job waits this long; each later one waits twice as long. */
export const FIRST_RETRY_DELAY_MS = 30_000;
/** …up to this: a job failing for a day is retried hourly until it runs out of attempts. */
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/**
 * How long to wait before the next try of a job that has failed `attempts` times (1, 2, …):
 * 30 s, 1 min, 2 min, … capped at 1 h. Exponential back-off, so a provider that is down is not
 * hammered; deterministic (no jitter), because only one worker holds a job at a time anyway.
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 20));
  return Math.min(FIRST_RETRY_DELAY_MS * 2 ** exponent, MAX_RETRY_DELAY_MS);
}
