/**
 * How well a learner knows one objective, from their most recent answers in it. Accuracy is
 * estimated as a Beta posterior with a uniform prior (Laplace's rule): one right answer out of
 * one is "probably more than half", not "100%", and the variance says how sure we are. The
 * readiness model combines these per-objective estimates.
 */
export interface AnswerTally {
  correct: number;
  total: number;
}

export interface AccuracyEstimate {
  /** Posterior mean, 0–1. */
  mean: number;
  /** Posterior variance. */
  variance: number;
  answers: number;
}

/** How many of an objective's latest session answers count (older ones describe an older you). */
export const MASTERY_WINDOW = 50;
/** Below this many answers an objective's mastery is shown as "not enough answers yet". */
export const MIN_ANSWERS_FOR_MASTERY = 5;

export function estimateAccuracy({ correct, total }: AnswerTally): AccuracyEstimate {
  const alpha = 1 + Math.max(0, Math.min(correct, total));
  const beta = 1 + Math.max(0, total - correct);
  const n = alpha + beta;
  const mean = alpha / n;
  return { mean, variance: (alpha * beta) / (n * n * (n + 1)), answers: Math.max(0, total) };
}

export type MasteryLevel = 'unknown' | 'weak' | 'fair' | 'strong';

/**
 * Levels against the exam's passing score: below it is weak, up to 10 points above is fair
 * (one bad day away from failing), beyond that strong.
 */
export function masteryLevel(estimate: AccuracyEstimate, passingScore: number): MasteryLevel {
  if (estimate.answers < MIN_ANSWERS_FOR_MASTERY) return 'unknown';
  const percent = estimate.mean * 100;
  if (percent < passingScore) return 'weak';
  return percent < passingScore + 10 ? 'fair' : 'strong';
}

export interface RankedObjective {
  estimate: AccuracyEstimate;
  weight: number;
  code: string;
}

/**
 * Weakest first: objectives without enough answers lead (they are where practice is needed
 * and where we know least), then by estimated mastery, then the heavier exam weight first.
 */
export function compareWeakestFirst(a: RankedObjective, b: RankedObjective): number {
  const aUnknown = a.estimate.answers < MIN_ANSWERS_FOR_MASTERY ? 0 : 1;
  const bUnknown = b.estimate.answers < MIN_ANSWERS_FOR_MASTERY ? 0 : 1;
  return (
    aUnknown - bUnknown ||
    a.estimate.mean - b.estimate.mean ||
    b.weight - a.weight ||
    a.code.localeCompare(b.code, 'en', { numeric: true })
  );
}
