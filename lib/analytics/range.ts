import type { IsoDay } from '@/lib/counting/types';
import { addDays, dayCount, isIsoDay } from './days';

export const RANGE_PRESETS = ['wave', '7d', '30d', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}

export interface ResolvedRange extends DayRange {
  preset: RangePreset;
  days: number;
  /** The period of equal length just before this one, for "change against the previous period". */
  previous: DayRange;
}

export interface RangeInput {
  preset?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The longest range the dashboard accepts: two years and a bit, so a custom range cannot scan without bound. */
export const MAX_RANGE_DAYS = 800;

export function previousPeriod(range: DayRange): DayRange {
  const days = dayCount(range.from, range.to);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

function resolved(preset: RangePreset, from: IsoDay, to: IsoDay): ResolvedRange {
  return { preset, from, to, days: dayCount(from, to), previous: previousPeriod({ from, to }) };
}

/**
 * The date range the dashboard shows, from the query string. `today` is the Amsterdam date; `waveStart` the send
 * date of the chosen (or latest) wave for the "this wave" preset. Anything unusable falls back to the last 30 days.
 */
export function resolveRange(input: RangeInput, today: IsoDay, waveStart: IsoDay | null): ResolvedRange {
  const preset = (RANGE_PRESETS as readonly string[]).includes(input.preset ?? '')
    ? (input.preset as RangePreset)
    : '30d';
  if (preset === '7d') return resolved('7d', addDays(today, -6), today);
  if (preset === 'wave' && waveStart && isIsoDay(waveStart) && waveStart <= today) {
    return resolved('wave', waveStart, today);
  }
  if (preset === 'custom' && isIsoDay(input.from) && isIsoDay(input.to)) {
    let [from, to] = input.from <= input.to ? [input.from, input.to] : [input.to, input.from];
    if (to > today) to = today;
    if (from > to) from = to;
    if (dayCount(from, to) > MAX_RANGE_DAYS) from = addDays(to, -(MAX_RANGE_DAYS - 1));
    return resolved('custom', from, to);
  }
  return resolved('30d', addDays(today, -29), today);
}

/** The calendar month `YYYY-MM` as a range, or null when the text is not a month. */
export function monthRange(month: string): DayRange | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const from = `${match[1]}-${match[2]}-01`;
  if (!isIsoDay(from)) return null;
  const [year, monthNumber] = [Number(match[1]), Number(match[2])];
  const next =
    monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** `YYYY-MM` of the month before the one containing `today` (the month a steering group reviews). */
export function previousMonth(today: IsoDay): string {
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}
