import type { TimeOfDay } from './types';

export const MINUTES_PER_DAY = 1440;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight, or null when the text is not a strict 'HH:MM'. '24:00' is accepted (as 1440)
 * because a slot that runs to midnight must be expressible without crossing into the next date.
 */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  if (value === '24:00') return MINUTES_PER_DAY;
  const match = TIME_PATTERN.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatTimeOfDay(minutes: number): TimeOfDay {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${String(hours).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}
