import { normalQuantile } from './normal';

/**
 * Evan Miller's "Simple sequential A/B testing" (evanmiller.org/sequential-ab-testing.html, 2015), which looks only
 * at successes. With an even split and no true difference, each new success is equally likely to land in either arm,
 * so A − B is a simple symmetric random walk over at most N steps, N being the planned total number of successes.
 * Stopping when that walk first reaches ±d keeps the chance of a false winner at or below α however often one looks.
 *
 * Miller's rule is one-sided (treatment against control, d ≈ 2√N at 5 %). Here either arm may win, so the rule is
 * two-sided: d is the smallest whole number for which the walk reaches +d or −d within N steps with probability at
 * most α, worked out exactly rather than by the normal approximation z(1 − α/4)·√N, which can overshoot α by a few
 * per cent for some N. A two-sided 10 % rule is Miller's one-sided 5 % rule applied in both directions: d ≈ 2√N.
 */

export interface SequentialInput {
  successesA: number;
  successesB: number;
  /** N: the planned total number of successes over both arms, fixed before the wave starts. */
  plannedSuccesses: number;
  /** Two-sided; 0.05 unless said. */
  alpha?: number;
}

export interface SequentialDecision {
  status: 'a-better' | 'b-better' | 'no-difference' | 'continue';
  /** Which stopping rule ended the test: the difference reached d, or the total reached N; null while continuing. */
  rule: 'miller-difference' | 'miller-total' | null;
  /** d: how far apart A and B must get to stop with a winner. */
  threshold: number;
}

/**
 * P(a simple symmetric random walk from 0 reaches +d or −d within n steps), by stepping its distribution: n·(2d − 1)
 * operations, a few million for N = 5 000 planned successes, far more than a wave here will plan for.
 */
function crossingProbability(steps: number, d: number): number {
  // Positions −(d − 1)..(d − 1) at index position + d − 1; mass stepping beyond them has crossed.
  let current = new Float64Array(2 * d - 1);
  let next = new Float64Array(2 * d - 1);
  current[d - 1] = 1;
  let crossed = 0;
  for (let step = 0; step < steps; step += 1) {
    next.fill(0);
    crossed += 0.5 * (current[0]! + current[2 * d - 2]!);
    for (let i = 0; i < 2 * d - 1; i += 1) {
      const half = 0.5 * current[i]!;
      if (i > 0) next[i - 1]! += half;
      if (i < 2 * d - 2) next[i + 1]! += half;
    }
    [current, next] = [next, current];
  }
  return crossed;
}

/** Computed thresholds by α, then N: the rule is checked on every count update, the walk need not be redone. */
const thresholds = new Map<number, Map<number, number>>();

/**
 * d for N planned successes at two-sided level α: the smallest whole number with P(|A − B| reaches d before A + B
 * reaches N) ≤ α when there is no difference. It grows like √N (about 2.25√N at 5 %, 2√N at 10 %).
 */
export function millerThreshold(plannedSuccesses: number, alpha = 0.05): number {
  if (!(Number.isInteger(plannedSuccesses) && plannedSuccesses > 0)) {
    throw new RangeError(`plannedSuccesses must be a positive whole number, got ${plannedSuccesses}`);
  }
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  let byPlan = thresholds.get(alpha);
  if (!byPlan) {
    byPlan = new Map();
    thresholds.set(alpha, byPlan);
  }
  const known = byPlan.get(plannedSuccesses);
  if (known !== undefined) return known;
  // Start near the normal approximation (reflection principle: P ≈ 4·(1 − Φ(d/√N))) and walk to the exact answer.
  let d = Math.max(1, Math.round(normalQuantile(1 - alpha / 4) * Math.sqrt(plannedSuccesses)));
  while (d > 1 && crossingProbability(plannedSuccesses, d - 1) <= alpha) d -= 1;
  while (crossingProbability(plannedSuccesses, d) > alpha) d += 1;
  if (byPlan.size >= 256) byPlan.clear();
  byPlan.set(plannedSuccesses, d);
  return d;
}

/**
 * Where Miller's rule stands for the counts so far. Before N successes: a winner once |A − B| ≥ d, otherwise
 * continue. From N on: no difference, unless the lead was at least d already at the N-th success. Counts read late
 * (A + B past N) only show the lead at the N-th success was at least |A − B| − (A + B − N), so that is what must
 * reach d; anything else would let successes after the planned end decide.
 */
export function sequentialDecision({
  successesA,
  successesB,
  plannedSuccesses,
  alpha = 0.05,
}: SequentialInput): SequentialDecision {
  if (!(successesA >= 0 && successesB >= 0)) {
    throw new RangeError(`success counts cannot be negative, got ${successesA} and ${successesB}`);
  }
  const threshold = millerThreshold(plannedSuccesses, alpha);
  const lead = Math.abs(successesA - successesB);
  const total = successesA + successesB;
  const winner = successesA > successesB ? 'a-better' : 'b-better';
  if (total < plannedSuccesses) {
    return lead >= threshold
      ? { status: winner, rule: 'miller-difference', threshold }
      : { status: 'continue', rule: null, threshold };
  }
  return lead - (total - plannedSuccesses) >= threshold
    ? { status: winner, rule: 'miller-difference', threshold }
    : { status: 'no-difference', rule: 'miller-total', threshold };
}
