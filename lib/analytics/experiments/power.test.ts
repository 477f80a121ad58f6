import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal';
import { detectableDifference, sampleSizePerArm } from './power';

describe('normal distribution', () => {
  it('matches the printed tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });
  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('sampleSizePerArm', () => {
  // Worked by hand from Fleiss, Levin & Paik (2003), formula 4.14: 10 % vs 15 % gives 685.6, 918 at 90 % power.
  it('needs 686 per arm to find 10 % against 15 % with 80 % power at 5 % two-sided', () => {
    expect(sampleSizePerArm({ baseline: 0.1, difference: 0.05 })).toBe(686);
  });
  it('is symmetric in direction', () => {
    expect(sampleSizePerArm({ baseline: 0.15, difference: -0.05 })).toBe(686);
  });
  it('grows with more power', () => {
    expect(sampleSizePerArm({ baseline: 0.1, difference: 0.05, power: 0.9 })).toBe(918);
  });
  it('has no answer for impossible plans', () => {
    expect(sampleSizePerArm({ baseline: 0.1, difference: 0 })).toBeNull();
    expect(sampleSizePerArm({ baseline: 0.98, difference: 0.05 })).toBeNull();
  });
});

describe('detectableDifference', () => {
  it('is the inverse of the sample size', () => {
    const difference = detectableDifference(686, 0.1)!;
    expect(difference).toBeGreaterThan(0.049);
    expect(difference).toBeLessThanOrEqual(0.05);
  });
  it('shows that a small wave can only find large effects', () => {
    expect(detectableDifference(150, 0.1)!).toBeGreaterThan(0.1);
  });
});
