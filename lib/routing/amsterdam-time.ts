import type { LocalDate, Weekday } from './types';

// Intl is the only time-zone database we rely on: it ships with Node and the browser and is kept current
// by their releases, so the routing code needs no date library and no hand-maintained DST table.

export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const wallClockFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: AMSTERDAM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  date: LocalDate;
  weekday: Weekday;
  /** Minutes since local midnight, 0–1439; seconds are dropped. */
  minutes: number;
}

// formatToParts is by far the slowest step in routing, and a page asks about the same few instants for
// every channel (Monday 09:00, today 17:00, …). The mapping never changes within a process, so a bounded
// memo is safe; clearing it wholesale keeps the code trivial and the memory small.
const WALL_CLOCK_MEMO_LIMIT = 4096;
const wallClockMemo = new Map<number, number>();

/** Amsterdam wall-clock time of `epochMs`, encoded as if that wall clock were UTC (seconds precision). */
function wallClockMs(epochMs: number): number {
  const memoised = wallClockMemo.get(epochMs);
  if (memoised !== undefined) return memoised;
  const values: Record<string, number> = {};
  for (const part of wallClockFormatter.formatToParts(epochMs)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const field = (name: string): number => values[name] ?? 0;
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    // Some ICU versions still print midnight as hour 24 despite hourCycle h23.
    field('hour') % 24,
    field('minute'),
    field('second'),
  );
  if (wallClockMemo.size >= WALL_CLOCK_MEMO_LIMIT) wallClockMemo.clear();
  wallClockMemo.set(epochMs, wall);
  return wall;
}

function offsetMs(epochMs: number): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(wholeSeconds) - wholeSeconds;
}

function formatUtcDate(epochMs: number): LocalDate {
  const d = new Date(epochMs);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Epoch ms of the date's midnight read as UTC, or null for anything that is not a real calendar date. */
export function parseLocalDate(date: unknown): number | null {
  if (typeof date !== 'string') return null;
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC silently rolls 2026-02-30 over to March; a round trip exposes that.
  return formatUtcDate(ms) === date ? ms : null;
}

export function isValidLocalDate(date: unknown): date is LocalDate {
  return parseLocalDate(date) !== null;
}

function requireLocalDate(date: LocalDate): number {
  const ms = parseLocalDate(date);
  if (ms === null) throw new RangeError(`Invalid local date: ${date}`);
  return ms;
}

export function weekdayOf(date: LocalDate): Weekday {
  const sundayBased = new Date(requireLocalDate(date)).getUTCDay();
  return (((sundayBased + 6) % 7) + 1) as Weekday;
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return formatUtcDate(requireLocalDate(date) + days * DAY_MS);
}

/** `count` consecutive dates starting at `start`; cheaper than repeated addLocalDays in a hot loop. */
export function localDateRange(start: LocalDate, count: number): LocalDate[] {
  const first = requireLocalDate(start);
  return Array.from({ length: count }, (_, day) => formatUtcDate(first + day * DAY_MS));
}

export function toAmsterdam(instant: Date): LocalParts {
  const wall = new Date(instant.getTime() + offsetMs(instant.getTime()));
  const date = formatUtcDate(wall.getTime());
  return { date, weekday: weekdayOf(date), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/**
 * The instant at which Amsterdam clocks show `minutes` after midnight of `date`. Minutes may exceed a day
 * (1440 is the next midnight), which lets schedules spanning several days be converted in one step.
 * A wall time skipped by spring-forward resolves to the first instant after the gap (02:30 → 03:00 CEST);
 * a wall time repeated by fall-back resolves to its first occurrence (02:30 CEST, not CET).
 */
export function fromAmsterdam(date: LocalDate, minutes: number): Date {
  const target = requireLocalDate(date) + minutes * MINUTE_MS;
  // Offsets a day either side bracket any single transition; Amsterdam never has two within a day.
  const offsets = [...new Set([offsetMs(target - DAY_MS), offsetMs(target + DAY_MS)])];
  const matches = offsets
    .map((offset) => target - offset)
    .filter((candidate) => wallClockMs(candidate) === target)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) return new Date(first);

  // In a gap the wall clock jumps past `target`; binary-search the first minute at or beyond it.
  let low = target - Math.max(...offsets);
  let high = target - Math.min(...offsets);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / MINUTE_MS / 2) * MINUTE_MS;
    if (wallClockMs(middle) >= target) high = middle;
    else low = middle;
  }
  return new Date(high);
}
