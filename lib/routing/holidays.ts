import { addLocalDays } from './amsterdam-time';
import type { LocalDate } from './types';

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

// Computed rather than listed so the site keeps working in years nobody remembered to configure.
// Goede Vrijdag is left out: it is not a general day off, and most help lines stay open.
// Bevrijdingsdag is included every year (not only lustrum years) because field services close then.

function isoDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Western (Gregorian) Easter Sunday, anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** King's Day moves to the 26th when the 27th is a Sunday (the Saturday before). */
function koningsdag(year: number): LocalDate {
  const april27 = isoDate(year, 4, 27);
  const isSunday = new Date(`${april27}T00:00:00Z`).getUTCDay() === 0;
  return isSunday ? isoDate(year, 4, 26) : april27;
}

export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: isoDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addLocalDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag(year), name: 'Koningsdag' },
    { date: isoDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addLocalDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addLocalDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addLocalDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: isoDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: isoDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  // Hemelvaart can coincide with Bevrijdingsdag (e.g. 2008); order by date so callers can render as-is.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

// Schedules ask about the same handful of years over and over; the answer never changes.
const holidayDatesByYear = new Map<number, ReadonlySet<LocalDate>>();

export function isDutchPublicHoliday(date: LocalDate): boolean {
  // No separate validation: a malformed or impossible date simply is not in the set.
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return false;
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Set(dutchPublicHolidays(year).map((holiday) => holiday.date));
    holidayDatesByYear.set(year, dates);
  }
  return dates.has(date);
}
