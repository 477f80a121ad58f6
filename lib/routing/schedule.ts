import { addLocalDays, fromAmsterdam, localDateRange, toAmsterdam, weekdayOf } from './amsterdam-time';
import type { LocalParts } from './amsterdam-time';
import { isDutchPublicHoliday } from './holidays';
import { MINUTES_PER_DAY, formatTimeOfDay, parseTimeOfDay } from './time-of-day';
import type { ChannelStatus, LocalDate, LocalMoment, Schedule, TimeRange, Weekday } from './types';

const DAY_MS = 86_400_000;
/** Beyond a week "open until …" stops being useful copy; the UI just says "open". */
const OPEN_HORIZON_DAYS = 7;
/** Covers a closure over Christmas plus a weekend; further out we say "reopening date unknown". */
const LOOKAHEAD_DAYS = 14;
/** Wall-clock minutes and elapsed minutes differ by at most the one-hour DST shift; doubled for margin. */
const DST_SLACK_MINUTES = 120;

/** Minutes after midnight of the reference date; may run past 1440 into later days. */
interface Span {
  start: number;
  end: number;
}

export interface ScheduleEvaluation {
  status: ChannelStatus;
  /** The instant behind `opensAt`, so callers can order closed channels without re-resolving wall time. */
  nextOpening: Date | null;
}

function rangesOn(schedule: Schedule, date: LocalDate, weekday: Weekday): readonly TimeRange[] {
  const exceptions = Array.isArray(schedule.exceptions) ? schedule.exceptions : [];
  const exception = exceptions.find((candidate) => candidate.date === date);
  if (exception) return exception.closed || !Array.isArray(exception.slots) ? [] : exception.slots;
  if (schedule.closedOnPublicHolidays && isDutchPublicHoliday(date)) return [];
  return Array.isArray(schedule.weekly) ? schedule.weekly.filter((slot) => slot.weekday === weekday) : [];
}

/** Open spans for the next LOOKAHEAD_DAYS, merged so overlaps and back-to-back slots read as one. */
function openSpans(schedule: Schedule, today: LocalParts): Span[] {
  const spans: Span[] = [];
  localDateRange(today.date, LOOKAHEAD_DAYS + 1).forEach((date, day) => {
    const weekday = (((today.weekday - 1 + day) % 7) + 1) as Weekday;
    for (const range of rangesOn(schedule, date, weekday)) {
      const opens = parseTimeOfDay(range.opens);
      const closes = parseTimeOfDay(range.closes);
      // Invalid slots are ignored here; isValidSchedule reports them and the router skips such channels.
      if (opens === null || closes === null || opens >= closes) continue;
      spans.push({ start: day * MINUTES_PER_DAY + opens, end: day * MINUTES_PER_DAY + closes });
    }
  });
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    // `>=` joins 17:00–21:00 onto 09:00–17:00, and a day's '24:00' onto the next day's '00:00'.
    if (last && last.end >= span.start) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function momentOf(instant: Date, today: LocalDate, isClosingTime: boolean): LocalMoment {
  let { date, minutes } = toAmsterdam(instant);
  if (isClosingTime && minutes === 0) {
    // "Open until 24:00 today" reads better than "until 00:00 tomorrow" and matches how hours are entered.
    date = addLocalDays(date, -1);
    minutes = MINUTES_PER_DAY;
  }
  return {
    date,
    weekday: weekdayOf(date),
    time: formatTimeOfDay(minutes),
    isToday: date === today,
    isTomorrow: date === addLocalDays(today, 1),
  };
}

function closedIndefinitely(): ScheduleEvaluation {
  return { status: { state: 'closed', opensAt: null }, nextOpening: null };
}

export function evaluateSchedule(schedule: Schedule, now: Date): ScheduleEvaluation {
  if (schedule.alwaysOpen === true) return { status: { state: 'always' }, nextOpening: null };
  const nowMs = now.getTime();
  // Without a trustworthy clock, claiming a line is open could send someone to an unanswered phone.
  if (Number.isNaN(nowMs)) return closedIndefinitely();

  const local = toAmsterdam(now);
  const { date: today, minutes: nowMinutes } = local;
  const windowEnd = (LOOKAHEAD_DAYS + 1) * MINUTES_PER_DAY;
  for (const span of openSpans(schedule, local)) {
    // Wall-clock minutes drift from elapsed time by at most the one-hour DST shift, so a span that ended
    // well before now on the wall clock can be skipped without the comparatively slow Intl round trip.
    if (span.end < nowMinutes - DST_SLACK_MINUTES) continue;
    const opens = fromAmsterdam(today, span.start);
    const closes = fromAmsterdam(today, span.end);
    // A span can collapse to nothing when it lies entirely inside the spring-forward gap.
    if (closes.getTime() <= nowMs || closes.getTime() <= opens.getTime()) continue;
    if (opens.getTime() <= nowMs) {
      const pastHorizon = span.end >= windowEnd || closes.getTime() - nowMs > OPEN_HORIZON_DAYS * DAY_MS;
      return {
        status: { state: 'open', until: pastHorizon ? null : momentOf(closes, today, true) },
        nextOpening: null,
      };
    }
    if (opens.getTime() - nowMs > LOOKAHEAD_DAYS * DAY_MS) break;
    return { status: { state: 'closed', opensAt: momentOf(opens, today, false) }, nextOpening: opens };
  }
  return closedIndefinitely();
}

export function statusAt(schedule: Schedule, now: Date): ChannelStatus {
  return evaluateSchedule(schedule, now).status;
}
