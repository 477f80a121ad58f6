import { describe, expect, it } from 'vitest';
import { change } from './change';
import { funnel, percentOf } from './funnel';
import { displayCount, isSmallCount, SMALL_NUMBER_TEXT } from './small-numbers';

describe('funnel, change and small numbers', () => {
  it('gives each funnel step as a share of the step before', () => {
    expect(funnel({ recipients: 500, visited: 160, reachedOut: 12, answered: 4, answerRead: 3 })).toEqual([
      { step: 'recipients', count: 500, percentOfPrevious: null },
      { step: 'visited', count: 160, percentOfPrevious: 32 },
      { step: 'reachedOut', count: 12, percentOfPrevious: 7.5 },
      { step: 'answered', count: 4, percentOfPrevious: 33.3 },
      { step: 'answerRead', count: 3, percentOfPrevious: 75 },
    ]);
    expect(
      funnel({ recipients: 0, visited: 4, reachedOut: 0, answered: 0, answerRead: 0 })[1]?.percentOfPrevious,
    ).toBeNull();
    expect(percentOf(1, 3)).toBe(33.3);
  });

  it('compares with the previous period', () => {
    expect(change(150, 100)).toEqual({ current: 150, previous: 100, percent: 50, direction: 'up' });
    expect(change(0, 0)).toEqual({ current: 0, previous: 0, percent: null, direction: 'same' });
    expect(change(5, 0).percent).toBeNull();
    expect(change(1, 3)).toMatchObject({ percent: -67, direction: 'down' });
  });

  it('shows 1 to 4 as "< 5" only when suppressing', () => {
    expect([0, 1, 4, 5].map(isSmallCount)).toEqual([false, true, true, false]);
    expect(displayCount(3, true)).toBe(SMALL_NUMBER_TEXT);
    expect(displayCount(3, false)).toBe('3');
    expect(displayCount(0, true)).toBe('0');
    expect(displayCount(1234, true, (n) => n.toLocaleString('nl-NL'))).toBe('1.234');
  });
});
