import { describe, expect, it } from 'vitest';
import {
  formatExceptions,
  formatWeekly,
  parseExceptions,
  parseWeekly,
  scheduleFromText,
} from './schedule-text';

describe('opening hours as text', () => {
  it('reads Dutch, English and numbered days with one or more ranges', () => {
    const { slots, problems } = parseWeekly('ma 09:00-17:00\nTue 9.00 - 12:00, 13:00-17:00\n\n7 10:00-24:00');
    expect(problems).toEqual([]);
    expect(slots).toEqual([
      { weekday: 1, opens: '09:00', closes: '17:00' },
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 2, opens: '13:00', closes: '17:00' },
      { weekday: 7, opens: '10:00', closes: '24:00' },
    ]);
    expect(parseWeekly('maandag 09:00-17:00\nfoo 09:00-10:00\nwo 9-17').problems.map((p) => p.line)).toEqual([
      2, 3,
    ]);
  });

  it('reads closed days and special hours', () => {
    expect(
      parseExceptions('2026-12-24 gesloten\n2026-12-31 09:00-13:00\n2027-01-01 closed').exceptions,
    ).toEqual([
      { date: '2026-12-24', closed: true },
      { date: '2026-12-31', closed: false, slots: [{ opens: '09:00', closes: '13:00' }] },
      { date: '2027-01-01', closed: true },
    ]);
    expect(parseExceptions('24-12-2026 gesloten').problems).toHaveLength(1);
  });

  it('formats back to text the parser reads the same way', () => {
    const weekly = parseWeekly('vr 09:00-17:00\nma 09:00-12:00').slots;
    expect(formatWeekly(weekly, 'nl')).toBe('ma 09:00-12:00\nvr 09:00-17:00');
    expect(parseWeekly(formatWeekly(weekly, 'en')).slots).toEqual(
      [...weekly].sort((a, b) => a.weekday - b.weekday),
    );
    const exceptions = parseExceptions('2026-12-24 closed\n2026-12-31 09:00-13:00').exceptions;
    expect(formatExceptions(exceptions, 'nl')).toBe('2026-12-24 gesloten\n2026-12-31 09:00-13:00');
  });

  it('refuses a schedule the router could not use, before it is saved', () => {
    const base = { exceptions: '', alwaysOpen: false, closedOnPublicHolidays: true };
    expect(scheduleFromText({ ...base, weekly: 'ma 17:00-09:00' })).toMatchObject({
      ok: false,
      field: 'weekly',
    });
    expect(scheduleFromText({ ...base, weekly: 'ma 25:00-26:00' })).toMatchObject({
      ok: false,
      field: 'weekly',
    });
    expect(
      scheduleFromText({ ...base, weekly: '', exceptions: '2026-12-24 closed\n2026-12-24 closed' }),
    ).toMatchObject({ ok: false, field: 'exceptions' });
    expect(scheduleFromText({ ...base, weekly: 'ma 09:00-17:00' })).toEqual({
      ok: true,
      schedule: {
        weekly: [{ weekday: 1, opens: '09:00', closes: '17:00' }],
        exceptions: [],
        closedOnPublicHolidays: true,
      },
    });
  });
});
