import type { Counts } from './difference';
import { normalCdf } from './normal';
import { criticalValue } from './proportion';

/** One wave (or other stratum): the two arms being compared, A against B. */
export interface Stratum {
  a: Counts;
  b: Counts;
}

export interface PooledDifference {
  /** The Mantel–Haenszel common difference pA − pB over the strata. */
  estimate: number;
  standardError: number;
  low: number;
  high: number;
  /** Strata that had someone in both arms; the others carry no information on the difference. */
  strataUsed: number;
}

/** A stratum as its 2×2 table: successes and sizes in A (a, n1) and B (b, n0), and its total. */
function table({ a, b }: Stratum) {
  return { x1: a.successes, n1: a.trials, x0: b.successes, n0: b.trials, total: a.trials + b.trials };
}

/**
 * The Mantel–Haenszel estimate of a difference in shares common to several waves, weighting each wave by
 * n1·n0 / (n1 + n0) (Greenland & Robins 1985, Biometrics 41:55–68), with the variance of Sato (1989, Biometrics
 * 45:1323–1324) as given in Rothman, Greenland & Lash, Modern Epidemiology (3rd ed., ch. 15): unlike adding the
 * waves up, it does not mix a difference between waves into the difference between arms, and unlike a per-wave
 * average it stays sound when every wave is small. The interval is estimate ± z·SE. Strata without anyone in one
 * arm contribute nothing and are skipped; null when no stratum has both arms.
 */
export function mantelHaenszelDifference(strata: Stratum[], confidence = 0.95): PooledDifference | null {
  const tables = strata.map(table).filter(({ n1, n0 }) => n1 > 0 && n0 > 0);
  if (tables.length === 0) return null;
  let numerator = 0;
  let weights = 0;
  for (const { x1, n1, x0, n0, total } of tables) {
    numerator += (x1 * n0 - x0 * n1) / total;
    weights += (n1 * n0) / total;
  }
  const estimate = numerator / weights;
  let p = 0;
  let q = 0;
  for (const { x1, n1, x0, n0, total } of tables) {
    p += (n1 * n1 * x0 - n0 * n0 * x1 + (n1 * n0 * (n0 - n1)) / 2) / (total * total);
    q += (x1 * (n0 - x0) + x0 * (n1 - x1)) / (2 * total);
  }
  const standardError = Math.sqrt(Math.max(0, estimate * p + q)) / weights;
  const margin = criticalValue(confidence) * standardError;
  return {
    estimate,
    standardError,
    low: Math.max(-1, estimate - margin),
    high: Math.min(1, estimate + margin),
    strataUsed: tables.length,
  };
}

export interface CmhTest {
  /** The Cochran–Mantel–Haenszel statistic, 1 degree of freedom, without continuity correction. */
  chiSquare: number;
  pValue: number;
}

/**
 * The Cochran–Mantel–Haenszel test that the arms do not differ in any wave (Mantel & Haenszel 1959; Agresti,
 * Categorical Data Analysis, 2nd ed., section 6.3.2), without continuity correction, to match the z-test used for
 * single waves: (Σ (x1 − E x1))² / Σ Var x1, with E and Var from the hypergeometric distribution given the margins.
 * Strata without anyone in one arm contribute nothing and are skipped; null when there is no variance (no stratum
 * with both arms, or no one or everyone succeeding wherever both arms exist).
 */
export function cochranMantelHaenszelTest(strata: Stratum[]): CmhTest | null {
  let deviation = 0;
  let variance = 0;
  for (const { x1, n1, x0, n0, total } of strata.map(table)) {
    if (!(n1 > 0 && n0 > 0)) continue;
    const successes = x1 + x0;
    deviation += x1 - (n1 * successes) / total;
    variance += (n1 * n0 * successes * (total - successes)) / (total * total * (total - 1));
  }
  if (!(variance > 0)) return null;
  const chiSquare = (deviation * deviation) / variance;
  // For 1 degree of freedom, P(χ² > x) = P(|Z| > √x).
  return { chiSquare, pValue: Math.min(1, 2 * normalCdf(-Math.sqrt(chiSquare))) };
}
