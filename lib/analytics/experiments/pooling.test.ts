import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './difference';
import { cochranMantelHaenszelTest, mantelHaenszelDifference, type Stratum } from './pooling';

const stratum = (x1: number, n1: number, x0: number, n0: number): Stratum => ({
  a: { successes: x1, trials: n1 },
  b: { successes: x0, trials: n0 },
});

// The eight-centre trial of a topical cream against placebo (Beitler & Landis 1985) in Agresti, Categorical Data
// Analysis (2nd ed., 2002), Table 6.9: successes / patients, drug then control, per centre.
const eightCentres = [
  stratum(11, 36, 10, 37),
  stratum(16, 20, 22, 32),
  stratum(14, 19, 7, 19),
  stratum(2, 16, 1, 17),
  stratum(6, 17, 0, 12),
  stratum(1, 11, 0, 10),
  stratum(1, 5, 1, 9),
  stratum(4, 6, 6, 7),
];

describe('mantelHaenszelDifference', () => {
  it('is the plain difference, with its own interval, for a single stratum', () => {
    const pooled = mantelHaenszelDifference([stratum(56, 70, 48, 80)])!;
    expect(pooled.estimate).toBeCloseTo(56 / 70 - 48 / 80, 12);
    expect(pooled.strataUsed).toBe(1);
    // Sato's variance for one table, written out: (RD·P + Q) / W², W = n1·n0/N, with P and Q as below.
    const [x1, n1, x0, n0] = [56, 70, 48, 80];
    const total = n1 + n0;
    const w = (n1 * n0) / total;
    const p = (n1 * n1 * x0 - n0 * n0 * x1 + (n1 * n0 * (n0 - n1)) / 2) / total ** 2;
    const q = (x1 * (n0 - x0) + x0 * (n1 - x1)) / (2 * total);
    expect(pooled.standardError).toBeCloseTo(Math.sqrt(0.2 * p + q) / w, 12);
  });

  it('works out a two-wave example by hand', () => {
    // Wave 1: 20/100 against 10/100. Wave 2: 30/50 against 40/100.
    // Weights n1·n0/N: 100·100/200 = 50 and 50·100/150 = 33.333…; W = 83.333…
    // Numerator Σ (x1·n0 − x0·n1)/N: (2000 − 1000)/200 = 5 and (3000 − 2000)/150 = 6.666…; sum 11.666…
    // RD = 11.666… / 83.333… = 0.14 (the weighted mean of the wave differences 0.1 and 0.2 with weights 50 : 33.3).
    // P: (100²·10 − 100²·20 + 100·100·0/2)/200² = −2.5 and (50²·40 − 100²·30 + 50·100·50/2)/150² = −3.3333…
    // Q: (20·90 + 10·80)/400 = 6.5 and (30·60 + 40·20)/300 = 8.6666…
    // Var = (0.14·(−5.8333…) + 15.1666…)/83.333…² = 14.35/6944.44… = 0.0020664; SE = 0.0454577.
    const pooled = mantelHaenszelDifference([stratum(20, 100, 10, 100), stratum(30, 50, 40, 100)])!;
    expect(pooled.estimate).toBeCloseTo(0.14, 12);
    const variance = (0.14 * (-2.5 - 3.3333333333) + 6.5 + 8.6666666667) / 83.3333333333 ** 2;
    expect(pooled.standardError).toBeCloseTo(Math.sqrt(variance), 9);
    expect(pooled.standardError).toBeCloseTo(0.0454577, 6);
    expect(pooled.low).toBeCloseTo(0.14 - 1.959964 * 0.0454577, 5);
    expect(pooled.high).toBeCloseTo(0.14 + 1.959964 * 0.0454577, 5);
  });

  it('matches the eight-centre trial', () => {
    // Published, rounded: RD 0.130 with SE 0.050 (Agresti; also the test of the cardx R package, whose interval with
    // Sato's variance is 0.0313 to 0.2284). More digits computed independently in Python from the same formulas:
    // RD 0.1298705, SE 0.0502828, 95 % interval 0.0313181 to 0.2284230.
    const pooled = mantelHaenszelDifference(eightCentres)!;
    expect(pooled.estimate).toBeCloseTo(0.1298705, 6);
    expect(pooled.standardError).toBeCloseTo(0.0502828, 6);
    expect(pooled.low).toBeCloseTo(0.0313181, 6);
    expect(pooled.high).toBeCloseTo(0.228423, 6);
    expect(pooled.strataUsed).toBe(8);
  });

  it('skips strata with an empty arm or no one at all', () => {
    const withEmpty = mantelHaenszelDifference([
      ...eightCentres,
      stratum(0, 0, 0, 0),
      stratum(3, 10, 0, 0),
      stratum(0, 0, 5, 12),
    ])!;
    const without = mantelHaenszelDifference(eightCentres)!;
    expect(withEmpty).toEqual(without);
  });

  it('has nothing to pool without a stratum that has both arms', () => {
    expect(mantelHaenszelDifference([])).toBeNull();
    expect(mantelHaenszelDifference([stratum(0, 0, 0, 0), stratum(2, 5, 0, 0)])).toBeNull();
  });
});

describe('cochranMantelHaenszelTest', () => {
  it('matches the eight-centre trial: CMH = 6.38, P = 0.012 (Agresti 2002, section 6.3.2)', () => {
    // More digits from an independent Python computation (SciPy's chi2.sf for the p-value): 6.384113, 0.0115146.
    const test = cochranMantelHaenszelTest(eightCentres)!;
    expect(test.chiSquare).toBeCloseTo(6.384113, 5);
    expect(test.pValue).toBeCloseTo(0.0115146, 6);
  });

  it('is the Pearson chi-square times (N − 1)/N for a single stratum', () => {
    // The hypergeometric variance has N − 1 where Pearson's has N: a textbook identity for one 2×2 table.
    const pearson = twoProportionTest({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })!.z ** 2;
    expect(cochranMantelHaenszelTest([stratum(56, 70, 48, 80)])!.chiSquare).toBeCloseTo(
      (pearson * 149) / 150,
      10,
    );
  });

  it('skips strata with an empty arm or no one at all', () => {
    const test = cochranMantelHaenszelTest([...eightCentres, stratum(0, 0, 0, 0), stratum(1, 1, 0, 0)])!;
    expect(test.chiSquare).toBeCloseTo(6.384113, 5);
  });

  it('has no statistic without variance', () => {
    expect(cochranMantelHaenszelTest([])).toBeNull();
    expect(cochranMantelHaenszelTest([stratum(0, 10, 0, 10), stratum(0, 0, 0, 0)])).toBeNull();
  });
});
