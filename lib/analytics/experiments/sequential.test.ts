import { describe, expect, it } from 'vitest';
import { millerThreshold, sequentialDecision } from './sequential';

/** mulberry32 (Tommy Ettinger, public domain): a small seeded PRNG, so the simulation gives the same answer every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('millerThreshold', () => {
  // Independently computed in Python (NumPy) by stepping the distribution of a symmetric ±1 walk with absorbing
  // barriers at ±d: the smallest d whose crossing probability within N steps is at most α (two-sided).
  it.each([
    [100, 0.05, 23],
    [100, 0.1, 20],
    [400, 0.05, 45],
    [400, 0.1, 40],
    [1000, 0.05, 71],
    [1000, 0.1, 62],
    [2500, 0.05, 113],
    [2500, 0.1, 99],
  ])('is the exact d for N = %i at two-sided α = %f', (planned, alpha, expected) => {
    expect(millerThreshold(planned, alpha)).toBe(expected);
  });

  // Miller's rule: T − C reaching 2√N, one-sided at 5 %. Applied in both directions that is a two-sided 10 % rule.
  it.each([100, 400, 1000, 2500])(
    'is within a few per cent of Miller’s 2√N at 10 %% two-sided for N = %i',
    (n) => {
      const ratio = millerThreshold(n, 0.1) / (2 * Math.sqrt(n));
      expect(ratio).toBeGreaterThan(0.97);
      expect(ratio).toBeLessThan(1.03);
    },
  );

  it('is stricter at 5 % two-sided, near the normal approximation z(1 − α/4)·√N = 2.2414·√N', () => {
    expect(millerThreshold(1000, 0.05) / Math.sqrt(1000)).toBeCloseTo(2.2414, 1);
  });

  it('refuses plans that are not a positive whole number of successes', () => {
    expect(() => millerThreshold(0)).toThrow(RangeError);
    expect(() => millerThreshold(10.5)).toThrow(RangeError);
    expect(() => millerThreshold(100, 0)).toThrow(RangeError);
  });
});

describe('sequentialDecision', () => {
  const plan = { plannedSuccesses: 100, alpha: 0.05 };

  it('continues while the arms are closer than d and the total is below N', () => {
    expect(sequentialDecision({ ...plan, successesA: 30, successesB: 10 })).toEqual({
      status: 'continue',
      rule: null,
      threshold: 23,
    });
  });

  it('names a winner once the lead reaches d, in either direction', () => {
    expect(sequentialDecision({ ...plan, successesA: 30, successesB: 7 })).toEqual({
      status: 'a-better',
      rule: 'miller-difference',
      threshold: 23,
    });
    expect(sequentialDecision({ ...plan, successesA: 2, successesB: 25 }).status).toBe('b-better');
  });

  it('stops without a winner when the total reaches N', () => {
    expect(sequentialDecision({ ...plan, successesA: 55, successesB: 45 })).toEqual({
      status: 'no-difference',
      rule: 'miller-total',
      threshold: 23,
    });
  });

  it('still names a winner whose lead at exactly N successes is d', () => {
    expect(sequentialDecision({ ...plan, successesA: 62, successesB: 38 }).status).toBe('a-better');
  });

  it('does not let successes counted past N decide', () => {
    // 110 successes: the lead of 24 may have been only 14 at the 100th success.
    expect(sequentialDecision({ ...plan, successesA: 67, successesB: 43 }).status).toBe('no-difference');
    // A lead of 34 over 110 was at least 24 at the 100th success.
    expect(sequentialDecision({ ...plan, successesA: 72, successesB: 38 }).status).toBe('a-better');
  });

  it('keeps false winners at or below α when there is no difference (seeded simulation, N = 100)', () => {
    // Under no difference and an even split, each success falls in either arm with probability 1/2. Check the rule
    // after every single success, the most peeking there can be. The exact rate for d = 23 is 0.0420 (from the same
    // Python computation as above); 20 000 runs give a standard error of about 0.0014.
    const random = mulberry32(20240611);
    const runs = 20_000;
    let falseWinners = 0;
    for (let run = 0; run < runs; run += 1) {
      let a = 0;
      let b = 0;
      for (;;) {
        if (random() < 0.5) a += 1;
        else b += 1;
        const { status } = sequentialDecision({
          successesA: a,
          successesB: b,
          plannedSuccesses: 100,
          alpha: 0.05,
        });
        if (status === 'continue') continue;
        if (status !== 'no-difference') falseWinners += 1;
        break;
      }
    }
    const rate = falseWinners / runs;
    expect(rate).toBeLessThanOrEqual(0.05 + 0.003);
    expect(rate).toBeGreaterThan(0.035);
  });

  it('usually finds a large true difference early (seeded simulation)', () => {
    // Successes twice as likely in A: a success lands in A with probability 2/3.
    const random = mulberry32(7);
    let found = 0;
    for (let run = 0; run < 2000; run += 1) {
      let a = 0;
      let b = 0;
      let status = 'continue';
      while (status === 'continue') {
        if (random() < 2 / 3) a += 1;
        else b += 1;
        status = sequentialDecision({
          successesA: a,
          successesB: b,
          plannedSuccesses: 100,
          alpha: 0.05,
        }).status;
      }
      if (status === 'a-better') found += 1;
    }
    expect(found / 2000).toBeGreaterThan(0.8);
  });

  it('refuses negative counts', () => {
    expect(() => sequentialDecision({ ...plan, successesA: -1, successesB: 0 })).toThrow(RangeError);
  });
});
