import { AUDIENCES, TOPICS } from './types';
import type { Channel, Fallback, LocalMoment, Schedule, TimeRange, Weekday, WeeklySlot } from './types';

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

/** A phone line for everyone and every topic, open office hours, unless overridden. */
export function channel(id: string, overrides: Partial<Channel> = {}): Channel {
  return {
    id,
    kind: 'phone',
    label: { nl: `Lijn ${id}`, en: `Line ${id}` },
    address: '+31301234567',
    audiences: [...AUDIENCES],
    topics: [...TOPICS],
    priority: 10,
    schedule: OFFICE_HOURS,
    ...overrides,
  };
}

/** The municipality's own number, the fallback that is always offered. */
export const PRIMARY: Fallback = {
  id: 'primary',
  kind: 'phone',
  label: { nl: 'Gemeente', en: 'Municipality' },
  address: '+31140030',
  whenToUse: { nl: 'Altijd', en: 'Any time' },
};
