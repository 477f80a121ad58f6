import { describe, expect, it } from 'vitest';
import type { DayPoint } from './rollup';
import { protectSeries } from './series-suppression';

const series = (visits: number[], contacts: number[]): DayPoint[] =>
  visits.map((count, index) => ({
    day: `2026-11-${String(index + 1).padStart(2, '0')}`,
    visits: count,
    contacts: contacts[index]!,
  }));

describe('protectSeries', () => {
  it('hides another day where the headline total minus the shown days would give a "< 5" away', () => {
    // Visits 40 = 20 + 3 + 17: without a second hidden day, 40 - 20 - 17 = 3.
    const states = protectSeries(series([20, 3, 17], [0, 0, 0]), { visits: 40, taps: 0, requests: 0 });
    expect(states.visits).toEqual(['shown', 'small', 'hidden']);
    expect(states.contacts).toEqual(['shown', 'shown', 'shown']);
  });

  it('treats contacts as taps plus requests, both shown beside the chart', () => {
    // Contacts 6 + 4 against taps 5 and requests 5: 5 + 5 - 6 = 4.
    const states = protectSeries(series([0, 0], [6, 4]), { visits: 0, taps: 5, requests: 5 });
    expect(states.contacts).toEqual(['hidden', 'small']);
  });

  it('leaves a lone "< 5" shown when the total itself reads "< 5"', () => {
    const states = protectSeries(series([0, 3, 0], [0, 0, 0]), { visits: 3, taps: 0, requests: 0 });
    expect(states.visits).toEqual(['shown', 'small', 'shown']);
  });

  it('hides the whole line when the total alone gives its small days away (8 visits as two days of 4)', () => {
    const states = protectSeries(series([0, 4, 4, 0], [0, 0, 0, 0]), { visits: 8, taps: 0, requests: 0 });
    expect(states.visits).toEqual(['hidden', 'hidden', 'hidden', 'hidden']);
    expect(states.contacts).toEqual(['shown', 'shown', 'shown', 'shown']);
  });
});
