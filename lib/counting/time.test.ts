import { describe, expect, it } from 'vitest';

import { amsterdamDay, amsterdamDayBounds, floorToHour, msUntilNextAmsterdamMidnight } from './time';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('amsterdamDay', () => {
  it('switches at Amsterdam midnight in winter (UTC+1)', () => {
    expect(amsterdamDay(at('2026-11-29T22:59:59.999Z'))).toBe('2026-11-29');
    expect(amsterdamDay(at('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
  });

  it('switches at Amsterdam midnight in summer (UTC+2)', () => {
    expect(amsterdamDay(at('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(amsterdamDay(at('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('handles year boundaries and DST switch days', () => {
    expect(amsterdamDay(at('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(amsterdamDay(at('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(amsterdamDay(at('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(amsterdamDay(at('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(amsterdamDay(at('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(amsterdamDay(at('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});

describe('floorToHour', () => {
  it('drops minutes, seconds and milliseconds', () => {
    expect(floorToHour(at('2026-07-01T13:59:59.999Z')).toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(floorToHour(at('2026-07-01T13:00:00.000Z')).toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });

  it('matches the local hour boundary across the autumn DST switch', () => {
    // 02:30 local occurs twice on 2026-10-25; both are distinct UTC hours.
    expect(floorToHour(at('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(floorToHour(at('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T01:00:00.000Z');
  });

  it('does not mutate its argument', () => {
    const date = at('2026-07-01T13:45:00Z');
    floorToHour(date);
    expect(date.toISOString()).toBe('2026-07-01T13:45:00.000Z');
  });
});

describe('msUntilNextAmsterdamMidnight', () => {
  it('counts down to local midnight', () => {
    expect(msUntilNextAmsterdamMidnight(at('2026-11-29T22:59:59Z'))).toBe(1000);
    expect(msUntilNextAmsterdamMidnight(at('2026-11-29T23:00:00Z'))).toBe(24 * HOUR);
    expect(msUntilNextAmsterdamMidnight(at('2026-07-01T21:59:59.500Z'))).toBe(500);
    expect(msUntilNextAmsterdamMidnight(at('2026-07-01T22:00:00Z'))).toBe(24 * HOUR);
  });

  it('is 23 hours from midnight on the spring-forward day', () => {
    expect(msUntilNextAmsterdamMidnight(at('2026-03-28T23:00:00Z'))).toBe(23 * HOUR);
  });

  it('is 25 hours from midnight on the fall-back day', () => {
    expect(msUntilNextAmsterdamMidnight(at('2026-10-24T22:00:00Z'))).toBe(25 * HOUR);
  });

  it('is always positive and at most 25 hours', () => {
    for (
      let t = Date.parse('2026-03-27T00:00:00Z');
      t < Date.parse('2026-03-31T00:00:00Z');
      t += 17 * 60_000
    ) {
      const ms = msUntilNextAmsterdamMidnight(new Date(t));
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(25 * HOUR);
      expect(amsterdamDay(new Date(t + ms))).not.toBe(amsterdamDay(new Date(t)));
      expect(amsterdamDay(new Date(t + ms - 1))).toBe(amsterdamDay(new Date(t)));
    }
  });
});

describe('amsterdamDayBounds', () => {
  it('spans the local day', () => {
    expect(amsterdamDayBounds(at('2026-10-25T12:00:00Z'))).toEqual({
      day: '2026-10-25',
      startMs: Date.parse('2026-10-24T22:00:00Z'),
      endMs: Date.parse('2026-10-25T23:00:00Z'),
    });
  });
});
