import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './proportion';

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857–872,
  // Table I, method 3 (Wilson score without continuity correction), printed to 4 decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives %i/%i → %f to %f as in Newcombe (1998) Table I', (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials)!;
    expect(interval.estimate).toBeCloseTo(successes / trials, 12);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is exactly 0 and 1 at the edges', () => {
    expect(wilsonInterval(0, 20)!.low).toBe(0);
    expect(wilsonInterval(20, 20)!.high).toBe(1);
    // Mirror image of 0/20 from the table.
    expect(wilsonInterval(20, 20)!.low).toBeCloseTo(1 - 0.1611, 4);
  });

  it('narrows at a lower confidence level', () => {
    // Independently computed with SciPy 1.17: binomtest(81, 263).proportion_ci(0.9, method='wilson').
    const narrow = wilsonInterval(81, 263, 0.9)!;
    expect(narrow.low).toBeCloseTo(0.263314, 6);
    expect(narrow.high).toBeCloseTo(0.356566, 6);
  });

  it('has nothing to say without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError);
  });
});
