import { normalCdf } from './normal';
import { wilsonInterval } from './proportion';

export interface Counts {
  successes: number;
  trials: number;
}

export interface DifferenceInterval {
  /** pA − pB, as a share (0.05 = 5 percentage points). */
  difference: number;
  low: number;
  high: number;
}

/**
 * A confidence interval for pA − pB by Newcombe's hybrid score method (method 10 of Newcombe 1998, "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods", Statistics in
 * Medicine 17:873–890): the distances from each share to its own Wilson limits are combined in quadrature.
 * Unlike the Wald interval it stays inside −1..1, is not degenerate at 0 or 100 %, and keeps close to nominal
 * coverage with small arms. Null when either arm has no trials.
 */
export function differenceInterval(a: Counts, b: Counts, confidence = 0.95): DifferenceInterval | null {
  const intervalA = wilsonInterval(a.successes, a.trials, confidence);
  const intervalB = wilsonInterval(b.successes, b.trials, confidence);
  if (!intervalA || !intervalB) return null;
  const pA = intervalA.estimate;
  const pB = intervalB.estimate;
  const difference = pA - pB;
  return {
    difference,
    low: Math.max(-1, difference - Math.hypot(pA - intervalA.low, intervalB.high - pB)),
    high: Math.min(1, difference + Math.hypot(intervalA.high - pA, pB - intervalB.low)),
  };
}

export interface ZTest {
  /** Positive when A has the higher share. */
  z: number;
  /** Two-sided. */
  pValue: number;
}

/**
 * The pooled two-sided z-test for two independent proportions, without continuity correction (Fleiss, Levin & Paik
 * 2003, section 2.5); z² equals Pearson's chi-square for the 2×2 table, so this is the test the sample size in
 * `power.ts` was planned for. Null when either arm has no trials, or when every or no one succeeded in both arms
 * (the pooled variance is 0: there is no evidence either way, and no z).
 */
export function twoProportionTest(a: Counts, b: Counts): ZTest | null {
  if (!(a.trials > 0 && b.trials > 0)) return null;
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const variance = pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials);
  if (!(variance > 0)) return null;
  const z = (a.successes / a.trials - b.successes / b.trials) / Math.sqrt(variance);
  // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)), so small p-values do not vanish in cancellation.
  return { z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))) };
}
