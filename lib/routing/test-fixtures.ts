import type { LocalMoment, Schedule, TimeRange, Weekday, WeeklySlot } from './types';

// Shared builders for the routing tests; not imported by production code.

export const ALL_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

export function slots(days: readonly Weekday[], ...ranges: TimeRange[]): WeeklySlot[] {
  return days.flatMap((weekday) => ranges.map((range) => ({ weekday, ...range })));
}

export function hours(opens: string, closes: string): TimeRange {
  return { opens, closes };
}

export function schedule(weekly: WeeklySlot[], overrides: Partial<Schedule> = {}): Schedule {
  return { weekly, exceptions: [], closedOnPublicHolidays: true, ...overrides };
}

/** Monday to Friday, 09:00–17:00, closed on public holidays. */
export const OFFICE_HOURS: Schedule = schedule(slots(WORKDAYS, hours('09:00', '17:00')));

export function moment(
  date: string,
  weekday: Weekday,
  time: string,
  when: { today?: boolean; tomorrow?: boolean } = {},
): LocalMoment {
  return { date, weekday, time, isToday: when.today ?? false, isTomorrow: when.tomorrow ?? false };
}
