import { describe, expect, it } from 'vitest';
import { differenceInterval, twoProportionTest } from './difference';

describe('differenceInterval', () => {
  // Newcombe (1998), "Interval estimation for the difference between independent proportions", Statistics in
  // Medicine 17:873–890, Table II, method 10 (score interval for the difference, from Wilson limits without
  // continuity correction), printed to 4 decimals. Example (c), 6/7 − 2/7, is printed there as 0.0582 to 0.8062.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('gives %i/%i − %i/%i → %f to %f as in Newcombe (1998) Table II', (x1, n1, x2, n2, low, high) => {
    const interval = differenceInterval({ successes: x1, trials: n1 }, { successes: x2, trials: n2 })!;
    expect(interval.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('turns round when the arms swap', () => {
    const forward = differenceInterval({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })!;
    const back = differenceInterval({ successes: 48, trials: 80 }, { successes: 56, trials: 70 })!;
    expect(back.low).toBeCloseTo(-forward.high, 12);
    expect(back.high).toBeCloseTo(-forward.low, 12);
  });

  it('has nothing to say about an empty arm', () => {
    expect(differenceInterval({ successes: 0, trials: 0 }, { successes: 1, trials: 10 })).toBeNull();
  });
});

/** Pearson's chi-square for a 2×2 table, the long way: Σ (observed − expected)² / expected over the four cells. */
function pearsonChiSquare(x1: number, n1: number, x2: number, n2: number): number {
  const observed = [
    [x1, n1 - x1],
    [x2, n2 - x2],
  ];
  const rows = [n1, n2];
  const columns = [x1 + x2, n1 + n2 - x1 - x2];
  const total = n1 + n2;
  let sum = 0;
  for (let i = 0; i < 2; i += 1) {
    for (let j = 0; j < 2; j += 1) {
      const expected = (rows[i]! * columns[j]!) / total;
      sum += (observed[i]![j]! - expected) ** 2 / expected;
    }
  }
  return sum;
}

describe('twoProportionTest', () => {
  it.each([
    [56, 70, 48, 80],
    [9, 10, 3, 10],
    [5, 56, 0, 29],
    [120, 1000, 150, 1000],
  ])('has z² equal to the Pearson chi-square of %i/%i against %i/%i', (x1, n1, x2, n2) => {
    const test = twoProportionTest({ successes: x1, trials: n1 }, { successes: x2, trials: n2 })!;
    expect(test.z * test.z).toBeCloseTo(pearsonChiSquare(x1, n1, x2, n2), 9);
  });

  it('gives the p-value of the chi-square test', () => {
    // Independently computed with SciPy 1.17: scipy.stats.chi2_contingency([[56, 14], [48, 32]], correction=False)
    // gives chi-square 7.02341 and p = 0.0080451.
    const test = twoProportionTest({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })!;
    expect(test.z).toBeGreaterThan(0);
    expect(test.z * test.z).toBeCloseTo(7.02341, 5);
    expect(test.pValue).toBeCloseTo(0.0080451, 6);
  });

  it('is negative when B has the higher share', () => {
    expect(twoProportionTest({ successes: 3, trials: 10 }, { successes: 9, trials: 10 })!.z).toBeLessThan(0);
  });

  it('has no z without variance or trials', () => {
    expect(twoProportionTest({ successes: 0, trials: 10 }, { successes: 0, trials: 20 })).toBeNull();
    expect(twoProportionTest({ successes: 10, trials: 10 }, { successes: 20, trials: 20 })).toBeNull();
    expect(twoProportionTest({ successes: 0, trials: 0 }, { successes: 2, trials: 20 })).toBeNull();
  });
});
