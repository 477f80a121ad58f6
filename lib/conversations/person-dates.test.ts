import { describe, expect, it } from 'vitest';
import { answerExpectedBy, formatDay, retryMoment } from './person-dates';

describe('dates the person sees', () => {
  it('formats a day with its weekday in both languages, whatever the server time zone', () => {
    expect(formatDay('2026-12-01', 'nl')).toBe('dinsdag 1 december 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('Tuesday, 1 December 2026');
    expect(formatDay('2027-01-01', 'nl')).toBe('vrijdag 1 januari 2027');
  });

  it('gives the last day of the reply promise in working days', () => {
    // Friday 27 November 2026 in Amsterdam, two working days: Monday and Tuesday.
    expect(answerExpectedBy(new Date('2026-11-27T13:00:00Z'), 2)).toBe('2026-12-01');
    // Christmas Eve with one working day: Christmas and the weekend are skipped.
    expect(answerExpectedBy(new Date('2026-12-24T09:00:00Z'), 1)).toBe('2026-12-28');
  });

  it('says "soon" for the short delay after a wrong key and a clock time for the hourly limit', () => {
    const now = new Date('2026-12-01T13:20:10Z');
    expect(retryMoment(new Date('2026-12-01T13:20:40Z'), now)).toEqual({ kind: 'soon' });
    // Amsterdam is UTC+1 in winter; the next hour starts at 15:00 there.
    expect(retryMoment(new Date('2026-12-01T14:00:00Z'), now)).toEqual({ kind: 'at', time: '15:00' });
    // Rounded up, never a moment too early.
    expect(retryMoment(new Date('2026-12-01T13:45:01Z'), now)).toEqual({ kind: 'at', time: '14:46' });
    // Summer time.
    expect(retryMoment(new Date('2026-06-01T10:00:00Z'), new Date('2026-06-01T09:10:00Z'))).toEqual({
      kind: 'at',
      time: '12:00',
    });
  });
});
