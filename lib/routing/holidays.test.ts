import { describe, expect, it } from 'vitest';

import { dutchPublicHolidays, easterSunday, isDutchPublicHoliday } from './holidays';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('dutchPublicHolidays', () => {
  it('lists the 2026 holidays in date order', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    const koningsdag = (year: number) => dutchPublicHolidays(year).find((h) => h.name === 'Koningsdag')?.date;
    expect(koningsdag(2025)).toBe('2025-04-26');
    expect(koningsdag(2031)).toBe('2031-04-26');
    expect(koningsdag(2027)).toBe('2027-04-27');
  });

  it('includes Bevrijdingsdag outside lustrum years too', () => {
    expect(isDutchPublicHoliday('2026-05-05')).toBe(true);
    expect(isDutchPublicHoliday('2027-05-05')).toBe(true);
  });
});

describe('isDutchPublicHoliday', () => {
  it('knows the 2025 dates', () => {
    expect(isDutchPublicHoliday('2025-04-26')).toBe(true);
    expect(isDutchPublicHoliday('2025-04-27')).toBe(false);
    expect(isDutchPublicHoliday('2025-05-29')).toBe(true);
    expect(isDutchPublicHoliday('2025-06-09')).toBe(true);
  });

  it('does not treat Goede Vrijdag or ordinary days as holidays', () => {
    expect(isDutchPublicHoliday('2026-04-03')).toBe(false);
    expect(isDutchPublicHoliday('2026-04-28')).toBe(false);
    expect(isDutchPublicHoliday('2026-12-24')).toBe(false);
    expect(isDutchPublicHoliday('2026-12-31')).toBe(false);
  });

  it('answers false for malformed dates instead of throwing', () => {
    expect(isDutchPublicHoliday('2026-13-01')).toBe(false);
    expect(isDutchPublicHoliday('Kerstmis')).toBe(false);
  });
});
