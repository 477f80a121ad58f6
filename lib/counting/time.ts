import type { IsoDay } from './types';

const TIME_ZONE = 'Europe/Amsterdam';
const HOUR_MS = 3_600_000;

// Formatters are costly to build and these run on every counted request.
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function partsOf(format: Intl.DateTimeFormat, date: Date): Map<string, string> {
  return new Map(format.formatToParts(date).map((part) => [part.type, part.value]));
}

function numberPart(parts: Map<string, string>, type: string): number {
  return Number(parts.get(type));
}

/** The calendar date in Amsterdam; counters are bucketed per local day, as the municipality reads them. */
export function amsterdamDay(now: Date): IsoDay {
  // Built from parts: the locale's joined format is not a stable contract across ICU versions.
  const parts = partsOf(dayFormat, now);
  return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
}

/**
 * Hour floor in UTC. Amsterdam's offsets (+1/+2) are whole hours, so this is also the local hour
 * boundary, and it avoids an Intl round trip on the hot path.
 */
export function floorToHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

/** Amsterdam's UTC offset in ms at the given instant (+3_600_000 in winter, +7_200_000 in summer). */
function offsetMs(utcMs: number): number {
  const parts = partsOf(wallClockFormat, new Date(utcMs));
  const wall = Date.UTC(
    numberPart(parts, 'year'),
    numberPart(parts, 'month') - 1,
    numberPart(parts, 'day'),
    numberPart(parts, 'hour'),
    numberPart(parts, 'minute'),
    numberPart(parts, 'second'),
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** The UTC instant of 00:00 Amsterdam time on the given calendar date (month 1-based; overflow rolls). */
function amsterdamMidnightMs(year: number, month: number, day: number): number {
  const wallMidnight = Date.UTC(year, month - 1, day);
  const firstGuess = wallMidnight - offsetMs(wallMidnight);
  // A second pass in case the first guess landed on the other side of a DST switch. Amsterdam
  // switches at 02:00/03:00 local, far from midnight, but this keeps the function honest.
  return wallMidnight - offsetMs(firstGuess);
}

export interface AmsterdamDayBounds {
  day: IsoDay;
  /** Inclusive UTC ms of local 00:00. */
  startMs: number;
  /** Exclusive UTC ms of the next local 00:00; 23 or 25 hours after start on DST days. */
  endMs: number;
}

export function amsterdamDayBounds(now: Date): AmsterdamDayBounds {
  const day = amsterdamDay(now);
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return {
    day,
    startMs: amsterdamMidnightMs(year, month, date),
    endMs: amsterdamMidnightMs(year, month, date + 1),
  };
}

export function msUntilNextAmsterdamMidnight(now: Date): number {
  return amsterdamDayBounds(now).endMs - now.getTime();
}
