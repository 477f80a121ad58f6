import type { IsoDay } from '@/lib/counting/types';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(day: IsoDay): number {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/** Calendar arithmetic on dates (no time zone involved: a date is a date). */
export function addDays(day: IsoDay, days: number): IsoDay {
  return new Date(toUtcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function dayCount(from: IsoDay, to: IsoDay): number {
  return Math.max(0, Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS) + 1);
}

/** Every date from `from` to `to`, both included. */
export function daysBetween(from: IsoDay, to: IsoDay): IsoDay[] {
  return Array.from({ length: dayCount(from, to) }, (_, index) => addDays(from, index));
}
