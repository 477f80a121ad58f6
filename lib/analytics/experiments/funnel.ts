import { isSmallCount } from '../small-numbers';
import { wilsonInterval, type Interval } from './proportion';

export interface FunnelCount {
  key: string;
  count: number;
}

export interface FunnelEstimate {
  key: string;
  /** Null when suppressed. */
  count: number | null;
  /** The count is 1 to 4 (see `isSmallCount`): it could single out a person in a small wave. */
  suppressed: boolean;
  /** Share of the step before (for the first step: of those sent), with its Wilson interval. */
  ofPrevious: Interval | null;
  /** Share of those sent, with its Wilson interval. */
  ofSent: Interval | null;
}

/**
 * A share with its 95 % Wilson interval, or null when it would give away a small count: an interval pins down both
 * of the counts it comes from (its width betrays the denominator), so a suppressed count on either side hides it.
 * Null too when the base is 0, or smaller than the part (a step counted differently, such as forwarded visits, is
 * not a share of the one before).
 */
function share(part: number, whole: number): Interval | null {
  if (isSmallCount(part) || isSmallCount(whole) || part > whole) return null;
  return wilsonInterval(part, whole);
}

/**
 * Each step of a wave's funnel (visited, reached out, ...) as a count, a share of the step before and a share of
 * those sent, each share with a Wilson interval (see `proportion.ts`), so a reader sees how little a small wave can
 * tell. Counts of 1 to 4 are suppressed by the same rule as everywhere else in the analytics, and so is every share
 * computed from one; 0 is shown as 0.
 */
export function funnelEstimates(steps: FunnelCount[], sent: number): FunnelEstimate[] {
  return steps.map(({ key, count }, index) => {
    const previous = index === 0 ? sent : steps[index - 1]!.count;
    const suppressed = isSmallCount(count);
    return {
      key,
      count: suppressed ? null : count,
      suppressed,
      ofPrevious: share(count, previous),
      ofSent: share(count, sent),
    };
  });
}
