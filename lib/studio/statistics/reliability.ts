import { mean, populationVariance } from './descriptive';
import type { AttemptResponses, ReliabilityStatistics } from './types';

/**
 * Internal consistency of an exam. KR-20 = K/(K−1) · (1 − Σ p·q / σ²_X) and Cronbach's
 * α = K/(K−1) · (1 − Σ σ²_i / σ²_X), both with population variances; for 0/1 marks σ²_i = p·q,
 * so the two agree. SEM = σ_X · √(1 − α). Undefined cases (fewer than 2 attempts or items, or
 * every attempt scoring the same) give null.
 */

/** A complete matrix: one row per attempt, one column per item, marks 0..1. */
export function computeReliability(
  matrix: readonly (readonly number[])[],
  excludedAttempts = 0,
): ReliabilityStatistics {
  const attempts = matrix.length;
  const items = matrix[0]?.length ?? 0;
  const totals = matrix.map((row) => row.reduce((sum, mark) => sum + mark, 0));
  const totalVariance = populationVariance(totals);
  const base = {
    attempts,
    items,
    excludedAttempts,
    meanScore: mean(totals),
    scoreStandardDeviation: totalVariance === null ? null : Math.sqrt(totalVariance),
  };
  if (attempts < 2 || items < 2 || !totalVariance || matrix.some((row) => row.length !== items)) {
    return { ...base, kr20: null, alpha: null, sem: null };
  }
  let sumPq = 0;
  let sumItemVariance = 0;
  for (let column = 0; column < items; column++) {
    const marks = matrix.map((row) => row[column]!);
    const p = mean(marks)!;
    sumPq += p * (1 - p);
    sumItemVariance += populationVariance(marks)!;
  }
  const factor = items / (items - 1);
  const kr20 = factor * (1 - sumPq / totalVariance);
  const alpha = factor * (1 - sumItemVariance / totalVariance);
  return { ...base, kr20, alpha, sem: Math.sqrt(totalVariance) * Math.sqrt(1 - alpha) };
}

/** The response count most attempts have (ties: the larger count). */
function modalLength(attempts: readonly AttemptResponses[]): number {
  const counts = new Map<number, number>();
  for (const attempt of attempts)
    counts.set(attempt.responses.length, (counts.get(attempt.responses.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && length > best)) [best, bestCount] = [length, count];
  }
  return best;
}

function matrixByPosition(attempts: readonly AttemptResponses[]): { rows: number[][]; excluded: number } {
  const length = modalLength(attempts);
  const kept = attempts.filter((a) => a.responses.length === length);
  return { rows: kept.map((a) => a.responses.map((r) => r.mark)), excluded: attempts.length - kept.length };
}

function matrixByItem(attempts: readonly AttemptResponses[]): { rows: number[][]; excluded: number } {
  const itemKeys = [...new Set(attempts.flatMap((a) => a.responses.map((r) => String(r.itemId))))];
  const rows: number[][] = [];
  for (const attempt of attempts) {
    const marks = new Map(attempt.responses.map((r) => [String(r.itemId), r.mark]));
    if (itemKeys.every((key) => marks.has(key))) rows.push(itemKeys.map((key) => marks.get(key)!));
  }
  return { rows, excluded: attempts.length - rows.length };
}

/**
 * Reliability of an exam from its attempts.
 * - by 'position' (default): item i is the i-th question shown, as Moodle treats a quiz's slots; this
 *   is what makes attempts comparable when each one draws its own questions from the bank. Attempts
 *   whose length differs from the most common length are excluded.
 * - by 'item': a fixed form; only attempts that answered every item seen are kept.
 */
export function computeExamReliability(
  attempts: readonly AttemptResponses[],
  by: 'position' | 'item' = 'position',
): ReliabilityStatistics {
  const { rows, excluded } = by === 'position' ? matrixByPosition(attempts) : matrixByItem(attempts);
  return computeReliability(rows, excluded);
}
