import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addLocalDays,
  fromAmsterdam,
  isValidLocalDate,
  localDateRange,
  toAmsterdam,
  weekdayOf,
} from './amsterdam-time';

const at = (iso: string) => new Date(iso);

describe('toAmsterdam', () => {
  it('uses CET (UTC+1) in winter and CEST (UTC+2) in summer', () => {
    expect(toAmsterdam(at('2026-01-15T12:00:00Z'))).toEqual({
      date: '2026-01-15',
      weekday: 4,
      minutes: 13 * 60,
    });
    expect(toAmsterdam(at('2026-07-01T12:00:00Z'))).toEqual({
      date: '2026-07-01',
      weekday: 3,
      minutes: 14 * 60,
    });
  });

  it('rolls the local date over before UTC does', () => {
    expect(toAmsterdam(at('2026-03-28T23:30:00Z'))).toEqual({ date: '2026-03-29', weekday: 7, minutes: 30 });
  });

  it('jumps from 01:59 CET to 03:00 CEST on the last Sunday of March', () => {
    expect(toAmsterdam(at('2026-03-29T00:59:00Z')).minutes).toBe(60 + 59);
    expect(toAmsterdam(at('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
  });

  it('shows 02:30 twice on the last Sunday of October', () => {
    expect(toAmsterdam(at('2026-10-25T00:30:00Z')).minutes).toBe(150);
    expect(toAmsterdam(at('2026-10-25T01:30:00Z')).minutes).toBe(150);
    expect(toAmsterdam(at('2026-10-25T02:00:00Z')).minutes).toBe(3 * 60);
  });

  it('drops seconds', () => {
    expect(toAmsterdam(at('2026-01-15T12:34:59.999Z')).minutes).toBe(13 * 60 + 34);
  });
});

describe('fromAmsterdam', () => {
  it('converts ordinary winter and summer wall times', () => {
    expect(fromAmsterdam('2026-01-15', 9 * 60).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(fromAmsterdam('2026-07-01', 9 * 60).toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('resolves a wall time skipped by spring-forward to the first instant after the gap', () => {
    expect(fromAmsterdam('2026-03-29', 2 * 60).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(fromAmsterdam('2026-03-29', 150).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(fromAmsterdam('2026-03-29', 3 * 60).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('resolves a repeated wall time on fall-back day to its first occurrence', () => {
    expect(fromAmsterdam('2026-10-25', 150).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromAmsterdam('2026-10-25', 4 * 60).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('accepts minutes beyond one day, so 24:00 is the next midnight', () => {
    expect(fromAmsterdam('2026-03-29', 1440).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(fromAmsterdam('2026-10-24', 1440 + 150).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('throws on an impossible date rather than guessing', () => {
    expect(() => fromAmsterdam('2026-02-30', 0)).toThrow(RangeError);
  });

  it('round-trips every minute of wall time it can see (property)', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2030, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (ms) => {
        const local = toAmsterdam(new Date(ms));
        const back = fromAmsterdam(local.date, local.minutes);
        expect(toAmsterdam(back)).toEqual(local);
        // Equal to the instant truncated to the minute, or an hour earlier during the repeated hour.
        const truncated = Math.floor(ms / 60_000) * 60_000;
        expect([truncated, truncated - 3_600_000]).toContain(back.getTime());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('calendar helpers', () => {
  it('adds days across months, years and leap days', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addLocalDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('lists consecutive dates across the DST switch', () => {
    expect(localDateRange('2026-03-28', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(localDateRange('2026-03-28', 0)).toEqual([]);
  });

  it('numbers weekdays ISO-style', () => {
    expect(weekdayOf('2026-04-27')).toBe(1);
    expect(weekdayOf('2026-03-29')).toBe(7);
  });

  it('recognises only real dates', () => {
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-4-1')).toBe(false);
    expect(isValidLocalDate(20260401)).toBe(false);
  });
});
