import { describe, expect, it } from 'vitest';
import { DEMO_EXPERIMENTS, demoExperimentCounters, spreadOverDays } from './demo-experiments';

describe('demo experiments', () => {
  it('spreads a total over days in whole numbers that add up exactly', () => {
    for (const total of [0, 1, 7, 56, 301, 1001]) {
      const days = spreadOverDays(total);
      expect(days.reduce((a, b) => a + b, 0)).toBe(total);
      expect(days.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
    }
    expect(spreadOverDays(100)).toEqual([56, 20, 11, 7, 6]);
  });

  it('stores per arm exactly the totals the experiment describes, and answered never exceeds who reached out', () => {
    const rows = demoExperimentCounters(new Date('2026-11-29T12:00:00Z'));
    for (const experiment of DEMO_EXPERIMENTS) {
      for (const arm of experiment.arms) {
        const sum = (metric: string) =>
          rows
            .filter((row) => row.arm === arm.code && row.wave === experiment.code && row.metric === metric)
            .reduce((total, row) => total + row.count, 0);
        expect(sum('unique')).toBe(arm.visited);
        expect(sum('tap') + sum('request') + sum('conversation_start')).toBe(
          arm.taps + arm.requests + arm.conversations,
        );
        expect(arm.answered).toBeLessThanOrEqual(arm.requests + arm.conversations);
        expect(arm.visited).toBeLessThanOrEqual(arm.sent);
      }
    }
  });
});
