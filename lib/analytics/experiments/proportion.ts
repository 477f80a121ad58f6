import { normalQuantile } from './normal';

export interface Interval {
  /** The observed share, 0..1. */
  estimate: number;
  low: number;
  high: number;
}

/** The two-sided critical value for a confidence level: 1.96 for 0.95. */
export function criticalValue(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * The Wilson score interval for a single proportion, without continuity correction (Wilson 1927; method 3 of
 * Newcombe 1998, "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857–872).
 * Chosen over the plain Wald interval because it stays inside 0..1 and keeps close to its nominal coverage for the
 * small counts and shares near 0 that small waves produce. Null when there are no trials: there is nothing to estimate.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval | null {
  if (!(trials > 0)) return null;
  if (successes < 0 || successes > trials) {
    throw new RangeError(`successes must be within 0..trials, got ${successes} of ${trials}`);
  }
  const z = criticalValue(confidence);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0 or all successes the formula gives the bound exactly in theory; clamp away rounding error.
  return {
    estimate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}
