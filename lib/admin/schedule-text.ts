import { isValidSchedule } from '@/lib/routing/validate';
import type { Schedule, ScheduleException, TimeRange, Weekday, WeeklySlot } from '@/lib/routing/types';

// Opening hours as plain text an admin can type without JavaScript, one rule per line:
//   weekly:     "ma 09:00-17:00" or "mon 09:00-12:00, 13:00-17:00" (Dutch or English day, or 1 to 7)
//   exceptions: "2026-12-24 gesloten" / "2026-12-24 closed" or "2026-12-31 09:00-13:00"

const DAY_NAMES: Record<'nl' | 'en', readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
};
const CLOSED_WORDS = new Set(['gesloten', 'dicht', 'closed']);
const RANGE = /^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/;

export interface ParseProblem {
  /** 1-based line number in the text. */
  line: number;
  text: string;
}

function weekdayOf(token: string): Weekday | null {
  const lower = token.toLowerCase().replace(/\.$/, '');
  if (/^[1-7]$/.test(lower)) return Number(lower) as Weekday;
  for (const names of Object.values(DAY_NAMES)) {
    const index = names.findIndex((name) => lower === name || (lower.length >= 2 && name.startsWith(lower)));
    if (index >= 0) return (index + 1) as Weekday;
  }
  const full = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
  const fullEn = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const index = Math.max(full.indexOf(lower), fullEn.indexOf(lower));
  return index >= 0 ? ((index + 1) as Weekday) : null;
}

const pad = (time: string) => {
  const [hours = '', minutes = ''] = time.replace('.', ':').split(':');
  return `${hours.padStart(2, '0')}:${minutes}`;
};

function parseRanges(text: string): TimeRange[] | null {
  const ranges: TimeRange[] = [];
  for (const part of text.split(/[,;]/)) {
    const match = RANGE.exec(part.trim());
    if (!match?.[1] || !match[2]) return null;
    ranges.push({ opens: pad(match[1]), closes: pad(match[2]) });
  }
  return ranges.length > 0 ? ranges : null;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((entry) => entry.text !== '');

/** Weekly opening hours from text; problems name the lines that could not be read. */
export function parseWeekly(text: string): { slots: WeeklySlot[]; problems: ParseProblem[] } {
  const slots: WeeklySlot[] = [];
  const problems: ParseProblem[] = [];
  for (const entry of lines(text)) {
    const [dayToken = '', ...rest] = entry.text.split(/\s+/);
    const weekday = weekdayOf(dayToken);
    const ranges = parseRanges(rest.join(' '));
    if (weekday === null || ranges === null) problems.push(entry);
    else for (const range of ranges) slots.push({ weekday, ...range });
  }
  return { slots, problems };
}

/** Exceptions (closed days, different hours) from text. */
export function parseExceptions(text: string): { exceptions: ScheduleException[]; problems: ParseProblem[] } {
  const exceptions: ScheduleException[] = [];
  const problems: ParseProblem[] = [];
  for (const entry of lines(text)) {
    const [date = '', ...rest] = entry.text.split(/\s+/);
    const remainder = rest.join(' ');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      problems.push(entry);
    } else if (CLOSED_WORDS.has(remainder.toLowerCase())) {
      exceptions.push({ date, closed: true });
    } else {
      const slots = parseRanges(remainder);
      if (slots === null) problems.push(entry);
      else exceptions.push({ date, closed: false, slots });
    }
  }
  return { exceptions, problems };
}

export function formatWeekly(slots: readonly WeeklySlot[], locale: 'nl' | 'en'): string {
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || (a.opens < b.opens ? -1 : 1))
    .map((slot) => `${DAY_NAMES[locale][slot.weekday - 1]} ${slot.opens}-${slot.closes}`)
    .join('\n');
}

export function formatExceptions(exceptions: readonly ScheduleException[], locale: 'nl' | 'en'): string {
  return [...exceptions]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((exception) =>
      exception.closed
        ? `${exception.date} ${locale === 'nl' ? 'gesloten' : 'closed'}`
        : `${exception.date} ${exception.slots.map((slot) => `${slot.opens}-${slot.closes}`).join(', ')}`,
    )
    .join('\n');
}

export interface ScheduleInput {
  weekly: string;
  exceptions: string;
  alwaysOpen: boolean;
  closedOnPublicHolidays: boolean;
}

export type ScheduleResult =
  | { ok: true; schedule: Schedule }
  | { ok: false; field: 'weekly' | 'exceptions'; lines: number[]; problems: string[] };

/**
 * A complete schedule from the form's text fields, checked with the router's own validation, so a schedule that
 * is saved is one the visitor pages can use.
 */
export function scheduleFromText(input: ScheduleInput): ScheduleResult {
  const weekly = parseWeekly(input.weekly);
  if (weekly.problems.length > 0) {
    return { ok: false, field: 'weekly', lines: weekly.problems.map((p) => p.line), problems: [] };
  }
  const exceptions = parseExceptions(input.exceptions);
  if (exceptions.problems.length > 0) {
    return { ok: false, field: 'exceptions', lines: exceptions.problems.map((p) => p.line), problems: [] };
  }
  const schedule: Schedule = {
    ...(input.alwaysOpen ? { alwaysOpen: true } : {}),
    weekly: weekly.slots,
    exceptions: exceptions.exceptions,
    closedOnPublicHolidays: input.closedOnPublicHolidays,
  };
  const problems = isValidSchedule(schedule);
  if (problems.length > 0) {
    const field = problems.every((problem) => problem.startsWith('exceptions')) ? 'exceptions' : 'weekly';
    return { ok: false, field, lines: [], problems };
  }
  return { ok: true, schedule };
}
