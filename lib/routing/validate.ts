import { isValidLocalDate } from './amsterdam-time';
import { parseTimeOfDay } from './time-of-day';
import { VISITOR_LOCALES } from '@/lib/i18n/locales';
import { AUDIENCES, CHANNEL_KINDS, LOCALES, TOPICS } from './types';

// Validation works on `unknown` because schedules arrive from admin forms and JSON columns; the router
// uses the same checks to skip a broken channel instead of showing wrong opening hours or crashing.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rangeProblems(value: unknown, path: string): string[] {
  if (!isRecord(value)) return [`${path}: must be an object with opens and closes`];
  const opens = parseTimeOfDay(value.opens);
  const closes = parseTimeOfDay(value.closes);
  const problems: string[] = [];
  if (opens === null || opens === 1440)
    problems.push(`${path}.opens: invalid time ${JSON.stringify(value.opens)}`);
  if (closes === null) problems.push(`${path}.closes: invalid time ${JSON.stringify(value.closes)}`);
  if (problems.length === 0 && opens !== null && closes !== null && opens >= closes) {
    problems.push(`${path}: opens must be before closes (split overnight hours into two slots)`);
  }
  return problems;
}

function weeklyProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['weekly: must be a list'];
  return value.flatMap((slot: unknown, index) => {
    const path = `weekly[${index}]`;
    const problems = rangeProblems(slot, path);
    if (isRecord(slot)) {
      const { weekday } = slot;
      if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
        problems.unshift(`${path}.weekday: must be 1 (Monday) to 7 (Sunday)`);
      }
    }
    return problems;
  });
}

function exceptionProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['exceptions: must be a list'];
  const seen = new Set<string>();
  return value.flatMap((exception: unknown, index) => {
    const path = `exceptions[${index}]`;
    if (!isRecord(exception)) return [`${path}: must be an object`];
    const problems: string[] = [];
    if (!isValidLocalDate(exception.date)) {
      problems.push(`${path}.date: invalid date ${JSON.stringify(exception.date)}`);
    } else if (seen.has(exception.date)) {
      // Two rules for one day would make the outcome depend on list order.
      problems.push(`${path}.date: ${exception.date} already has an exception`);
    } else {
      seen.add(exception.date);
    }
    if (exception.closed === false) {
      if (!Array.isArray(exception.slots)) problems.push(`${path}.slots: must be a list`);
      else
        exception.slots.forEach((slot: unknown, i) =>
          problems.push(...rangeProblems(slot, `${path}.slots[${i}]`)),
        );
    } else if (exception.closed !== true) {
      problems.push(`${path}.closed: must be true or false`);
    }
    return problems;
  });
}

/** Problems with a schedule, in human-readable form; an empty list means it is usable. */
export function isValidSchedule(schedule: unknown): string[] {
  if (!isRecord(schedule)) return ['schedule: must be an object'];
  const problems = [...weeklyProblems(schedule.weekly), ...exceptionProblems(schedule.exceptions)];
  if (schedule.alwaysOpen !== undefined && typeof schedule.alwaysOpen !== 'boolean') {
    problems.push('alwaysOpen: must be true, false or absent');
  }
  if (typeof schedule.closedOnPublicHolidays !== 'boolean') {
    problems.push('closedOnPublicHolidays: must be true or false');
  }
  return problems;
}

function isListOf<T extends string>(value: unknown, allowed: readonly T[]): boolean {
  return (
    Array.isArray(value) && value.every((item: unknown) => (allowed as readonly unknown[]).includes(item))
  );
}

/** Problems with a channel record, schedule included; an empty list means the router can use it. */
export function channelProblems(channel: unknown): string[] {
  if (!isRecord(channel)) return ['channel: must be an object'];
  const problems: string[] = [];
  if (typeof channel.id !== 'string' || channel.id === '') problems.push('id: must be a non-empty string');
  if (!(CHANNEL_KINDS as readonly unknown[]).includes(channel.kind))
    problems.push('kind: unknown channel kind');
  const { label } = channel;
  if (!isRecord(label) || !LOCALES.every((locale) => typeof label[locale] === 'string')) {
    problems.push(`label: needs text for ${LOCALES.join(' and ')}`);
  }
  if (typeof channel.address !== 'string' || channel.address.trim() === '')
    problems.push('address: required');
  if (!isListOf(channel.audiences, AUDIENCES)) problems.push('audiences: must list known audiences');
  if (!isListOf(channel.topics, TOPICS)) problems.push('topics: must list known topics');
  if (typeof channel.priority !== 'number' || !Number.isFinite(channel.priority)) {
    problems.push('priority: must be a finite number');
  }
  if (channel.languages !== undefined && !isListOf(channel.languages, VISITOR_LOCALES)) {
    problems.push('languages: must list visitor languages');
  }
  problems.push(...isValidSchedule(channel.schedule).map((problem) => `schedule.${problem}`));
  return problems;
}
