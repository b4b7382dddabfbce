/**
 * "Better than N% of learners who took this exam's mock in the last 90 days": the maths, pure.
 *
 * The population is each learner's LATEST submitted mock of the exam, if it was submitted in the
 * window; a learner is compared with the others, never with themselves.
 *
 * Privacy (no learner may learn another one's score):
 * - Nothing is shown below PERCENTILE_MIN_LEARNERS other learners. With a handful of learners a
 *   percentile is nearly a list of their scores (with 2 others, "better than 50%" says one of
 *   them scored below you).
 * - The share is floored to a whole percent and the counts behind it are never shown: a learner
 *   who knew "7 of 20" could watch the count move when a friend submits and subtract; without the
 *   size of the group one step of the percentage is not one learner.
 * - No names, no other learner's score, no histogram: only where the viewer stands.
 * What remains is what any percentile gives away (a learner who sees the figure change right
 * after a friend's mock learns on which side of them the friend scored); the floor of 20 keeps
 * that to one bit about one unnamed learner among many.
 */

export const PERCENTILE_WINDOW_DAYS = 90;
export const PERCENTILE_MIN_LEARNERS = 20;
const DAY_MS = 86_400_000;

/** The earliest submission time (epoch ms) that still counts at `now`. */
export function percentileWindowStart(now: Date): number {
  return now.getTime() - PERCENTILE_WINDOW_DAYS * DAY_MS;
}

export interface PercentileCounts {
  /** Other learners whose latest mock of the exam falls in the window. */
  others: number;
  /** How many of them scored strictly below the viewer's score. */
  below: number;
}

/**
 * The whole percent of the others the viewer scored strictly better than (a tie is not
 * "better"; floored, so it never says more than is true), or null under the privacy floor.
 */
export function percentileOf(counts: PercentileCounts): number | null {
  const { others, below } = counts;
  if (!Number.isFinite(others) || others < PERCENTILE_MIN_LEARNERS) return null;
  const clamped = Math.min(Math.max(0, below), others);
  return Math.floor((clamped * 100) / others);
}

/** The sentence shown under a score, or null when nothing may be shown. */
export function percentileSentence(betterThan: number | null): string | null {
  if (betterThan === null) return null;
  return `Better than ${betterThan}% of learners who took this exam's mock in the last ${PERCENTILE_WINDOW_DAYS} days.`;
}
