import { describe, expect, it } from 'vitest';
import { answeredWithinPromise, isWorkingDay, replyDeadline } from './reply-promise';

describe('reply promise in working days', () => {
  it('skips weekends and Dutch public holidays', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25')).toBe(false); // Christmas
  });

  it('ends at midnight after the last working day, Amsterdam time', () => {
    // Friday 27 November 2026, 14:00 in Amsterdam: two working days are Monday and Tuesday.
    expect(replyDeadline(new Date('2026-11-27T13:00:00Z'), 2).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    // Thursday 24 December: Friday is Christmas, Monday 28 and Tuesday 29 count.
    expect(replyDeadline(new Date('2026-12-24T09:00:00Z'), 2).toISOString()).toBe('2026-12-29T23:00:00.000Z');
    // Late on Monday evening in Amsterdam is still Monday.
    expect(replyDeadline(new Date('2026-11-30T22:30:00Z'), 1).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    // Summer time: midnight is 22:00 UTC.
    expect(replyDeadline(new Date('2026-06-01T10:00:00Z'), 1).toISOString()).toBe('2026-06-02T22:00:00.000Z');
  });

  it('judges the first answer against the promise, and waits while it still runs', () => {
    const receivedAt = new Date('2026-11-27T13:00:00Z');
    const now = new Date('2026-11-30T10:00:00Z');
    expect(
      answeredWithinPromise({ receivedAt, firstAnsweredAt: new Date('2026-12-01T20:00:00Z') }, 2, now),
    ).toBe(true);
    expect(
      answeredWithinPromise({ receivedAt, firstAnsweredAt: new Date('2026-12-02T08:00:00Z') }, 2, now),
    ).toBe(false);
    expect(answeredWithinPromise({ receivedAt, firstAnsweredAt: null }, 2, now)).toBeNull();
    expect(
      answeredWithinPromise({ receivedAt, firstAnsweredAt: null }, 2, new Date('2026-12-02T00:00:00Z')),
    ).toBe(false);
  });
});
