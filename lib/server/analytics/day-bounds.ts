import 'server-only';
import { amsterdamDayBounds } from '@/lib/counting/time';
import type { DayRange } from '@/lib/analytics/range';

/** The instants [start, end) covering the Amsterdam dates of a range, for timestamp columns. */
export function instantsOf(range: DayRange): { gte: Date; lt: Date } {
  // Noon UTC is the same calendar date in Amsterdam in winter and summer.
  const start = amsterdamDayBounds(new Date(`${range.from}T12:00:00Z`)).startMs;
  const end = amsterdamDayBounds(new Date(`${range.to}T12:00:00Z`)).endMs;
  return { gte: new Date(start), lt: new Date(end) };
}
