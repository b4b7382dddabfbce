/**
 * The few descriptive statistics the item analysis needs. Variances are population variances
 * (divide by n), as classical test theory writes KR-20 and α, and as makes the point-biserial
 * formula equal Pearson's r. Anything undefined (no data, zero variance) is null, never NaN,
 * so callers and the UI can tell "no figure" from a figure.
 */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function populationVariance(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null) return null;
  let sum = 0;
  for (const value of values) sum += (value - average) ** 2;
  return sum / values.length;
}

/** Pearson's r; null when either series is constant (the correlation is undefined, not 0). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const meanX = mean(xs)!;
  const meanY = mean(ys)!;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return null;
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}
