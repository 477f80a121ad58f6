import { describe, expect, it } from 'vitest';
import { funnelEstimates } from './funnel';

describe('funnelEstimates', () => {
  // Wilson limits from Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I:
  // 81/263 → 0.2553 to 0.3662, 15/148 → 0.0624 to 0.1605, 0/20 → 0 to 0.1611.
  it('gives each step its share of the step before and of those sent, with Wilson intervals', () => {
    const [visited, reachedOut] = funnelEstimates(
      [
        { key: 'visited', count: 81 },
        { key: 'reachedOut', count: 15 },
      ],
      263,
    );
    expect(visited).toMatchObject({ key: 'visited', count: 81, suppressed: false });
    expect(visited!.ofPrevious).toEqual(visited!.ofSent);
    expect(visited!.ofSent!.low).toBeCloseTo(0.2553, 4);
    expect(visited!.ofSent!.high).toBeCloseTo(0.3662, 4);
    expect(reachedOut!.ofSent!.estimate).toBeCloseTo(15 / 263, 12);
    // 15 of the 81 visitors; Python's SciPy binomtest(15, 81).proportion_ci(0.95, method='wilson'):
    // 0.115563 to 0.283316.
    expect(reachedOut!.ofPrevious!.estimate).toBeCloseTo(15 / 81, 12);
    expect(reachedOut!.ofPrevious!.low).toBeCloseTo(0.115563, 6);
    expect(reachedOut!.ofPrevious!.high).toBeCloseTo(0.283316, 6);
  });

  it('suppresses counts of 1 to 4, and every share computed from them', () => {
    const [visited, reachedOut, answered] = funnelEstimates(
      [
        { key: 'visited', count: 20 },
        { key: 'reachedOut', count: 3 },
        { key: 'answered', count: 0 },
      ],
      148,
    );
    expect(visited).toMatchObject({ count: 20, suppressed: false });
    expect(reachedOut).toEqual({
      key: 'reachedOut',
      count: null,
      suppressed: true,
      ofPrevious: null,
      ofSent: null,
    });
    // 0 is shown, but its share of a suppressed step would give that step away.
    expect(answered).toMatchObject({ count: 0, suppressed: false, ofPrevious: null });
    expect(answered!.ofSent).toMatchObject({ estimate: 0, low: 0 });
  });

  it('shows 0 as 0, with its interval', () => {
    const [visited, reachedOut] = funnelEstimates(
      [
        { key: 'visited', count: 20 },
        { key: 'reachedOut', count: 0 },
      ],
      500,
    );
    expect(reachedOut).toMatchObject({ count: 0, suppressed: false });
    expect(reachedOut!.ofPrevious!.low).toBe(0);
    expect(reachedOut!.ofPrevious!.high).toBeCloseTo(0.1611, 4);
    expect(visited!.ofSent!.estimate).toBeCloseTo(0.04, 12);
  });

  it('has no shares of nothing, of a small number sent, or of a smaller step before', () => {
    const [none] = funnelEstimates([{ key: 'visited', count: 0 }], 0);
    expect(none).toMatchObject({ count: 0, ofPrevious: null, ofSent: null });
    const [few] = funnelEstimates([{ key: 'visited', count: 0 }], 3);
    expect(few).toMatchObject({ count: 0, ofPrevious: null, ofSent: null });
    const [, more] = funnelEstimates(
      [
        { key: 'visited', count: 10 },
        { key: 'pageViews', count: 25 },
      ],
      100,
    );
    expect(more).toMatchObject({ count: 25, ofPrevious: null });
    expect(more!.ofSent!.estimate).toBeCloseTo(0.25, 12);
  });

  it('keeps the steps in order, and has none without steps', () => {
    expect(funnelEstimates([], 100)).toEqual([]);
    const keys = funnelEstimates(
      [
        { key: 'b', count: 9 },
        { key: 'a', count: 8 },
      ],
      10,
    ).map((step) => step.key);
    expect(keys).toEqual(['b', 'a']);
  });
});
