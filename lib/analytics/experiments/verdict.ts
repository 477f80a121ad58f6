import { differenceInterval, twoProportionTest, type DifferenceInterval, type ZTest } from './difference';
import { sequentialDecision, type SequentialDecision } from './sequential';

export interface ArmCounts {
  code: string;
  sent: number;
  successes: number;
}

export interface VerdictInput {
  /** 2 to 4 arms; the first is the control that every other arm is compared with. */
  arms: ArmCounts[];
  /** Recipients per arm in the pre-registered plan (see `sampleSizePerArm`). */
  plannedPerArm: number;
  /** Family-wide two-sided level over all comparisons; 0.05 unless said. */
  alpha?: number;
  /**
   * N for Miller's sequential rule, per comparison (control plus one arm), fixed in the plan: about
   * plannedPerArm × 2 × the expected share. Without it there is no early stop, only the test at the planned size.
   */
  plannedSuccesses?: number;
}

export type ComparisonStatus =
  /** Before the planned size, and no stopping rule has stopped: no verdict, and nothing to read one from. */
  | 'not-final'
  /** Before the planned size with a sequential plan, but the arms were sent too unevenly for its rule. */
  | 'uneven-split'
  | 'difference'
  | 'no-difference';

export interface Comparison {
  control: string;
  arm: string;
  status: ComparisonStatus;
  decidedBy: 'planned-size-test' | 'sequential-rule' | null;
  /** Which side has the higher share, for a 'difference'; null otherwise. */
  higher: 'arm' | 'control' | null;
  /**
   * Share in the arm minus share in the control, at the corrected confidence; null until final. After a sequential
   * stop it only describes: the rule decided, and an interval or p-value for a fixed size, taken at a moment chosen
   * by the data, overstates the evidence.
   */
  interval: DifferenceInterval | null;
  /** Arm against control (z > 0: the arm is higher); null until final, or when no z exists. */
  test: ZTest | null;
  /** Where Miller's rule stands; null without a sequential plan or with an uneven split. */
  sequential: SequentialDecision | null;
}

export interface Verdict {
  alpha: number;
  /** alpha / (k − 1), Bonferroni over the k − 1 comparisons with the control. */
  correctedAlpha: number;
  comparisons: Comparison[];
}

/**
 * Whether two arms were sent evenly enough for Miller's rule, which takes each success to land in either arm with
 * probability ½. With shares f and 1 − f of the letters, A − B drifts by N·(2f − 1) over N successes while d grows
 * like √N, so the allowed imbalance shrinks as N grows: |sentA − sentB| / (sentA + sentB) at most 0.1 / √N, where
 * the two-sided false-winner rate rises by only a few per cent of α (checked exactly in verdict.test.ts). A
 * difference of one letter is always allowed: an odd number cannot be split evenly.
 */
export function evenEnoughForMiller(sentA: number, sentB: number, plannedSuccesses: number): boolean {
  const gap = Math.abs(sentA - sentB);
  return gap <= 1 || gap / (sentA + sentB) <= 0.1 / Math.sqrt(plannedSuccesses);
}

function compare(
  control: ArmCounts,
  arm: ArmCounts,
  plannedPerArm: number,
  correctedAlpha: number,
  plannedSuccesses: number | undefined,
): Comparison {
  const base = { control: control.code, arm: arm.code };
  const final = arm.sent >= plannedPerArm && control.sent >= plannedPerArm;
  const even =
    plannedSuccesses !== undefined && evenEnoughForMiller(arm.sent, control.sent, plannedSuccesses);
  const sequential =
    plannedSuccesses !== undefined && even
      ? sequentialDecision({
          successesA: arm.successes,
          successesB: control.successes,
          plannedSuccesses,
          alpha: correctedAlpha,
        })
      : null;
  const stopped = sequential !== null && sequential.status !== 'continue';
  if (!final && !stopped) {
    const status = plannedSuccesses !== undefined && !even ? 'uneven-split' : 'not-final';
    return { ...base, status, decidedBy: null, higher: null, interval: null, test: null, sequential };
  }
  const a = { successes: arm.successes, trials: arm.sent };
  const b = { successes: control.successes, trials: control.sent };
  const interval = differenceInterval(a, b, 1 - correctedAlpha);
  const test = twoProportionTest(a, b);
  if (sequential) {
    // A sequential plan decides by its own rule to the end: adding the fixed-size test as a second chance would
    // spend α twice (at N = 100, a false winner by one or the other in about 6 % of null waves, not 4.2 %). At the
    // planned size with fewer than N successes the walk simply ends short of its boundary: no difference.
    const higher =
      sequential.status === 'a-better' ? 'arm' : sequential.status === 'b-better' ? 'control' : null;
    return {
      ...base,
      status: higher ? 'difference' : 'no-difference',
      decidedBy: 'sequential-rule',
      higher,
      interval,
      test,
      sequential,
    };
  }
  const significant = test !== null && test.pValue < correctedAlpha;
  return {
    ...base,
    status: significant ? 'difference' : 'no-difference',
    decidedBy: 'planned-size-test',
    higher: significant ? (test.z > 0 ? 'arm' : 'control') : null,
    interval,
    test,
    sequential: null,
  };
}

/**
 * The verdict on a wave with 2 to 4 arms: each arm against the first (the control), at α / (k − 1) each so that the
 * chance of any false difference stays at most α (Bonferroni). Nothing is concluded, and no interval or p-value is
 * given to conclude from, before both arms of a comparison reach the planned size, unless Miller's sequential rule
 * (see `sequential.ts`), planned in advance, has stopped: looking early and often is then safe. Without a
 * sequential plan, or when the two arms were sent too unevenly for it ('uneven-split' until the planned size), the
 * pooled z-test at the planned size decides; the interval is Newcombe's at 1 − α / (k − 1).
 */
export function experimentVerdict({
  arms,
  plannedPerArm,
  alpha = 0.05,
  plannedSuccesses,
}: VerdictInput): Verdict {
  if (arms.length < 2 || arms.length > 4)
    throw new RangeError(`a verdict needs 2 to 4 arms, got ${arms.length}`);
  if (!(Number.isInteger(plannedPerArm) && plannedPerArm > 0)) {
    throw new RangeError(`plannedPerArm must be a positive whole number, got ${plannedPerArm}`);
  }
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  for (const arm of arms) {
    if (!(arm.sent >= 0 && arm.successes >= 0 && arm.successes <= arm.sent)) {
      throw new RangeError(`arm ${arm.code}: ${arm.successes} successes of ${arm.sent} sent is impossible`);
    }
  }
  const [control, ...others] = arms as [ArmCounts, ...ArmCounts[]];
  const correctedAlpha = alpha / others.length;
  return {
    alpha,
    correctedAlpha,
    comparisons: others.map((arm) => compare(control, arm, plannedPerArm, correctedAlpha, plannedSuccesses)),
  };
}
