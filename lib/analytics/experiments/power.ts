import { normalQuantile } from './normal';

export interface PowerPlan {
  /** The expected share in the comparison arm, 0..1. */
  baseline: number;
  /** The smallest difference worth finding, as a share (0.05 = 5 percentage points), in either direction. */
  difference: number;
  /** Two-sided significance level; 0.05 unless said. */
  alpha?: number;
  /** The chance of finding a true difference of that size; 0.8 unless said. */
  power?: number;
}

/**
 * Recipients needed per arm to compare two proportions with a two-sided z-test (Fleiss, Levin & Paik 2003, formula
 * 4.14, without continuity correction). Null when the plan cannot be met (a share outside 0..1, or no difference).
 */
export function sampleSizePerArm({
  baseline,
  difference,
  alpha = 0.05,
  power = 0.8,
}: PowerPlan): number | null {
  const p1 = baseline;
  const p2 = baseline + difference;
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || difference === 0) return null;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const mean = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // A tiny tolerance, so 685.9999999 from rounding error does not become 687.
  return Math.ceil((root * root) / (difference * difference) - 1e-9);
}

/**
 * The smallest difference (as a share, upwards from the baseline) that `perArm` recipients per arm can find with the
 * given power: the plain answer to "what can a wave this size tell us?". Null when even a jump to 100 % cannot be.
 */
export function detectableDifference(
  perArm: number,
  baseline: number,
  { alpha = 0.05, power = 0.8 }: { alpha?: number; power?: number } = {},
): number | null {
  if (!(perArm > 0) || !(baseline > 0 && baseline < 1)) return null;
  let low = 0;
  let high = 1 - baseline - 1e-9;
  const needed = (difference: number) => sampleSizePerArm({ baseline, difference, alpha, power }) ?? Infinity;
  if (needed(high) > perArm) return null;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (needed(middle) <= perArm) high = middle;
    else low = middle;
  }
  return high;
}
