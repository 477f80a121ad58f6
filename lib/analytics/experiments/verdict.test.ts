import { describe, expect, it } from 'vitest';
import { millerThreshold } from './sequential';
import { evenEnoughForMiller, experimentVerdict } from './verdict';

const arm = (code: string, sent: number, successes: number) => ({ code, sent, successes });

describe('experimentVerdict at the planned size, without a sequential plan', () => {
  it('finds the difference of Newcombe’s example (a) with the pooled z-test', () => {
    // Interval: Newcombe (1998) Table II, method 10, 56/70 − 48/80 → 0.0524 to 0.3339. p-value: SciPy
    // chi2_contingency([[56, 14], [48, 32]], correction=False) → 0.0080451.
    const verdict = experimentVerdict({ arms: [arm('A', 80, 48), arm('B', 70, 56)], plannedPerArm: 70 });
    expect(verdict.correctedAlpha).toBe(0.05);
    const [comparison] = verdict.comparisons;
    expect(comparison).toMatchObject({
      control: 'A',
      arm: 'B',
      status: 'difference',
      decidedBy: 'planned-size-test',
      higher: 'arm',
      sequential: null,
    });
    expect(comparison!.interval!.low).toBeCloseTo(0.0524, 4);
    expect(comparison!.interval!.high).toBeCloseTo(0.3339, 4);
    expect(comparison!.test!.pValue).toBeCloseTo(0.0080451, 6);
  });

  it('names the control as higher when the arm is lower', () => {
    const verdict = experimentVerdict({ arms: [arm('A', 70, 56), arm('B', 80, 48)], plannedPerArm: 70 });
    expect(verdict.comparisons[0]).toMatchObject({ status: 'difference', higher: 'control' });
  });

  it('corrects for more arms (Bonferroni): p = 0.0355 is a difference with two arms, not with three', () => {
    // 130/1000 against 100/1000: SciPy chi2_contingency(correction=False) gives p = 0.035488. Newcombe's interval
    // at 97.5 %, computed in Python from the Wilson limits: −0.002048 to 0.062142 (at 95 %: 0.002002 to 0.058070).
    const two = experimentVerdict({ arms: [arm('A', 1000, 100), arm('B', 1000, 130)], plannedPerArm: 1000 });
    expect(two.comparisons[0]!.status).toBe('difference');
    expect(two.comparisons[0]!.interval!.low).toBeCloseTo(0.002002, 6);

    const three = experimentVerdict({
      arms: [arm('A', 1000, 100), arm('B', 1000, 130), arm('C', 1000, 101)],
      plannedPerArm: 1000,
    });
    expect(three.correctedAlpha).toBe(0.025);
    const [b, c] = three.comparisons;
    expect(b).toMatchObject({
      arm: 'B',
      status: 'no-difference',
      decidedBy: 'planned-size-test',
      higher: null,
    });
    expect(b!.test!.pValue).toBeCloseTo(0.035488, 5);
    expect(b!.interval!.low).toBeCloseTo(-0.002048, 6);
    expect(b!.interval!.high).toBeCloseTo(0.062142, 6);
    expect(c).toMatchObject({ arm: 'C', status: 'no-difference' });
  });

  it('splits alpha three ways with four arms', () => {
    const verdict = experimentVerdict({
      arms: [arm('A', 10, 1), arm('B', 10, 1), arm('C', 10, 1), arm('D', 10, 1)],
      plannedPerArm: 10,
    });
    expect(verdict.correctedAlpha).toBeCloseTo(0.05 / 3, 12);
    expect(verdict.comparisons.map((comparison) => comparison.arm)).toEqual(['B', 'C', 'D']);
  });

  it('has no difference when nobody succeeded anywhere', () => {
    const [comparison] = experimentVerdict({
      arms: [arm('A', 50, 0), arm('B', 50, 0)],
      plannedPerArm: 50,
    }).comparisons;
    expect(comparison).toMatchObject({ status: 'no-difference', decidedBy: 'planned-size-test', test: null });
    expect(comparison!.interval).not.toBeNull();
  });
});

describe('experimentVerdict before the planned size', () => {
  it('says nothing, and gives nothing to peek at', () => {
    const [comparison] = experimentVerdict({
      arms: [arm('A', 60, 5), arm('B', 60, 40)],
      plannedPerArm: 100,
    }).comparisons;
    expect(comparison).toEqual({
      control: 'A',
      arm: 'B',
      status: 'not-final',
      decidedBy: null,
      higher: null,
      interval: null,
      test: null,
      sequential: null,
    });
  });

  it('waits for both arms of a comparison', () => {
    const [comparison] = experimentVerdict({
      arms: [arm('A', 99, 5), arm('B', 100, 40)],
      plannedPerArm: 100,
    }).comparisons;
    expect(comparison!.status).toBe('not-final');
  });
});

describe('experimentVerdict with a sequential plan', () => {
  // With two arms the rule runs at α = 0.05: d = 23 for N = 100 (see sequential.test.ts).
  const plan = { plannedPerArm: 500, plannedSuccesses: 100 };

  it('stops early with a winner once the lead reaches d', () => {
    const [comparison] = experimentVerdict({
      ...plan,
      arms: [arm('A', 300, 7), arm('B', 300, 30)],
    }).comparisons;
    expect(comparison).toMatchObject({ status: 'difference', decidedBy: 'sequential-rule', higher: 'arm' });
    expect(comparison!.sequential).toEqual({ status: 'a-better', rule: 'miller-difference', threshold: 23 });
    expect(comparison!.interval).not.toBeNull();
    expect(comparison!.test).not.toBeNull();
  });

  it('stops early with the control ahead', () => {
    const [comparison] = experimentVerdict({
      ...plan,
      arms: [arm('A', 300, 30), arm('B', 300, 6)],
    }).comparisons;
    expect(comparison).toMatchObject({
      status: 'difference',
      decidedBy: 'sequential-rule',
      higher: 'control',
    });
  });

  it('stops early without a difference once the total reaches N', () => {
    const [comparison] = experimentVerdict({
      ...plan,
      arms: [arm('A', 400, 48), arm('B', 400, 52)],
    }).comparisons;
    expect(comparison).toMatchObject({ status: 'no-difference', decidedBy: 'sequential-rule', higher: null });
  });

  it('continues, showing nothing, while the rule has not stopped', () => {
    const [comparison] = experimentVerdict({
      ...plan,
      arms: [arm('A', 300, 10), arm('B', 300, 25)],
    }).comparisons;
    expect(comparison).toMatchObject({ status: 'not-final', interval: null, test: null });
    expect(comparison!.sequential!.status).toBe('continue');
  });

  it('keeps to its own rule at the planned size, not the z-test as a second chance', () => {
    // 50/500 against 30/500 has p = 0.0197 (SciPy chi2_contingency, no correction), but the lead of 20 never
    // reached d = 23: the planned rule says no difference.
    const [comparison] = experimentVerdict({
      ...plan,
      arms: [arm('A', 500, 30), arm('B', 500, 50)],
    }).comparisons;
    expect(comparison).toMatchObject({ status: 'no-difference', decidedBy: 'sequential-rule' });
    expect(comparison!.test!.pValue).toBeCloseTo(0.0197395, 6);
  });

  it('uses the corrected alpha for the rule too', () => {
    const verdict = experimentVerdict({
      ...plan,
      arms: [arm('A', 300, 10), arm('B', 300, 20), arm('C', 300, 20)],
    });
    expect(verdict.comparisons[0]!.sequential!.threshold).toBe(millerThreshold(100, 0.025));
  });

  it('refuses the rule when the arms were sent unevenly, until the planned size', () => {
    // 300 against 280: a gap of 3.4 % of the letters, more than 0.1 / √100 = 1 %.
    const early = experimentVerdict({ ...plan, arms: [arm('A', 280, 7), arm('B', 300, 30)] }).comparisons[0]!;
    expect(early).toMatchObject({ status: 'uneven-split', decidedBy: null, sequential: null, test: null });
    const atSize = experimentVerdict({ ...plan, arms: [arm('A', 520, 20), arm('B', 500, 50)] })
      .comparisons[0]!;
    expect(atSize).toMatchObject({ status: 'difference', decidedBy: 'planned-size-test', sequential: null });
  });
});

/** The exact two-sided crossing probability of a walk that steps +1 with probability p, else −1 (written apart from
 * sequential.ts, which only needs p = ½). */
function driftedCrossing(steps: number, d: number, p: number): number {
  let current: number[] = Array.from({ length: 2 * d - 1 }, (_, index) => (index === d - 1 ? 1 : 0));
  let crossed = 0;
  for (let step = 0; step < steps; step += 1) {
    crossed += (1 - p) * current[0]! + p * current[2 * d - 2]!;
    current = current.map(
      (_, index) =>
        (index > 0 ? p * current[index - 1]! : 0) + (index < 2 * d - 2 ? (1 - p) * current[index + 1]! : 0),
    );
  }
  return crossed;
}

describe('evenEnoughForMiller', () => {
  it('allows a gap of 0.1 / √N of the letters, and always one letter', () => {
    expect(evenEnoughForMiller(505, 495, 100)).toBe(true);
    expect(evenEnoughForMiller(506, 494, 100)).toBe(false);
    expect(evenEnoughForMiller(11, 10, 100)).toBe(true);
    expect(evenEnoughForMiller(12, 10, 100)).toBe(false);
  });

  it.each([100, 400, 2500])('keeps the false-winner rate within 5 %% of α at the limit for N = %i', (n) => {
    // Python (NumPy) gives, for d = 23, 45, 113: 0.04196 → 0.04290, 0.04866 → 0.04970, 0.04760 → 0.04863.
    const d = millerThreshold(n);
    const gap = 0.1 / Math.sqrt(n);
    const even = driftedCrossing(n, d, 0.5);
    const drifted = driftedCrossing(n, d, 0.5 + gap / 2);
    expect(drifted).toBeLessThan(0.05 * 1.05);
    expect(drifted / even).toBeLessThan(1.05);
  });
});

describe('experimentVerdict refuses', () => {
  it('too few or too many arms, and impossible counts or plans', () => {
    expect(() => experimentVerdict({ arms: [arm('A', 10, 1)], plannedPerArm: 10 })).toThrow(RangeError);
    const five = ['A', 'B', 'C', 'D', 'E'].map((code) => arm(code, 10, 1));
    expect(() => experimentVerdict({ arms: five, plannedPerArm: 10 })).toThrow(RangeError);
    expect(() => experimentVerdict({ arms: [arm('A', 10, 11), arm('B', 10, 1)], plannedPerArm: 10 })).toThrow(
      RangeError,
    );
    expect(() => experimentVerdict({ arms: [arm('A', 10, 1), arm('B', 10, 1)], plannedPerArm: 0 })).toThrow(
      RangeError,
    );
  });
});
