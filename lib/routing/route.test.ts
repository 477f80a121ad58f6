import { describe, expect, it } from 'vitest';

import { isValidSchedule, route } from './route';
import { OFFICE_HOURS, PRIMARY, WORKDAYS, channel, hours, schedule, slots } from './test-fixtures';
import { AUDIENCES, TOPICS } from './types';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { Audience, Channel, Fallback, RouteResult, Schedule, Topic } from './types';

const at = (iso: string) => new Date(iso);
/** Wednesday 14 January 2026, 10:00 CET. */
const WEEKDAY_MORNING = at('2026-01-14T09:00:00Z');
/** Wednesday 14 January 2026, 19:00 CET. */
const WEEKDAY_EVENING = at('2026-01-14T18:00:00Z');
/** Friday 16 January 2026, 19:00 CET. */
const FRIDAY_EVENING = at('2026-01-16T18:00:00Z');

const ALWAYS: Schedule = schedule([], { alwaysOpen: true });

const EMERGENCY: Fallback = {
  id: '112',
  kind: 'phone',
  label: { nl: 'Alarmnummer', en: 'Emergency number' },
  address: '112',
  whenToUse: { nl: 'Bij direct gevaar', en: 'In immediate danger' },
};

function run(
  channels: readonly unknown[],
  options: { audience?: Audience; topic?: Topic; now?: Date; locale?: VisitorLocale } = {},
) {
  return route({
    audience: options.audience ?? 'recipient',
    topic: options.topic,
    locale: options.locale ?? 'nl',
    now: options.now ?? WEEKDAY_MORNING,
    channels: channels as Channel[],
    fallbacks: [EMERGENCY],
    primary: PRIMARY,
  });
}

const ids = (routed: RouteResult['open']) => routed.map((r) => r.channel.id);

describe('filtering by audience and topic', () => {
  const matrix = [
    channel('addiction-recipient', { audiences: ['recipient'], topics: ['addiction'], schedule: ALWAYS }),
    channel('money-parent', { audiences: ['parent'], topics: ['money'], schedule: ALWAYS }),
    channel('exit-everyone', { topics: ['exit'], schedule: ALWAYS }),
    channel('other-recipient-pro', {
      audiences: ['recipient', 'professional'],
      topics: ['other'],
      schedule: ALWAYS,
    }),
    channel('all-topics-pro', { audiences: ['professional'], schedule: ALWAYS }),
  ];
  const expected: Record<Audience, Record<Topic | 'any', string[]>> = {
    recipient: {
      addiction: ['addiction-recipient'],
      money: [],
      exit: ['exit-everyone'],
      other: ['other-recipient-pro'],
      any: ['addiction-recipient', 'exit-everyone', 'other-recipient-pro'],
    },
    parent: {
      addiction: [],
      money: ['money-parent'],
      exit: ['exit-everyone'],
      other: [],
      any: ['exit-everyone', 'money-parent'],
    },
    professional: {
      addiction: ['all-topics-pro'],
      money: ['all-topics-pro'],
      exit: ['all-topics-pro', 'exit-everyone'],
      other: ['all-topics-pro', 'other-recipient-pro'],
      any: ['all-topics-pro', 'exit-everyone', 'other-recipient-pro'],
    },
  };
  const cases = AUDIENCES.flatMap((audience) =>
    [...TOPICS, undefined].map((topic) => ({ audience, topic, want: expected[audience][topic ?? 'any'] })),
  );

  it.each(cases)('$audience / $topic', ({ audience, topic, want }) => {
    const result = run(matrix, { audience, topic });
    expect(ids(result.open)).toEqual(want);
    expect(result.closed).toEqual([]);
  });
});

describe('ordering', () => {
  it('orders open channels by priority, then id', () => {
    const result = run([
      channel('c', { priority: 2 }),
      channel('b', { priority: 1 }),
      channel('a', { priority: 2 }),
      channel('z', { priority: -1, kind: 'chat' }),
    ]);
    expect(ids(result.open)).toEqual(['z', 'b', 'a', 'c']);
  });

  it('orders closed channels by next opening, then priority, unknown reopening last', () => {
    const saturdayMorning = schedule(slots([6], hours('10:00', '12:00')));
    const never = schedule([]);
    const result = run(
      [
        channel('monday-low', { priority: 5 }),
        channel('never', { priority: 0, schedule: never }),
        channel('monday-high', { priority: 1 }),
        channel('saturday', { priority: 9, schedule: saturdayMorning }),
      ],
      { now: FRIDAY_EVENING },
    );
    expect(result.open).toEqual([]);
    expect(ids(result.closed)).toEqual(['saturday', 'monday-high', 'monday-low', 'never']);
    expect(result.closed.at(-1)?.status).toEqual({ state: 'closed', opensAt: null });
  });

  it('splits the same list into open and closed by the clock', () => {
    const evening = schedule(slots(WORKDAYS, hours('17:00', '22:00')));
    const channels = [channel('day'), channel('evening', { schedule: evening })];
    expect(ids(run(channels, { now: WEEKDAY_MORNING }).open)).toEqual(['day']);
    expect(ids(run(channels, { now: WEEKDAY_EVENING }).open)).toEqual(['evening']);
  });
});

describe('phones and callbacks', () => {
  const phone = channel('phone');
  const chat = channel('chat', {
    kind: 'chat',
    address: '/chat',
    schedule: schedule(slots(WORKDAYS, hours('09:00', '21:00'))),
  });
  const callback = channel('callback', { kind: 'callback', address: '/terugbellen', priority: 50 });

  it('flags an open phone and does not push the callback form', () => {
    const result = run([phone, chat, callback]);
    expect(result.anyPhoneOpen).toBe(true);
    expect(result.callbackOffered).toBe(false);
    expect(ids(result.open)).toEqual(['chat', 'phone', 'callback']);
  });

  it('offers the callback form when no phone is open, and treats it as always open', () => {
    const result = run([phone, chat, callback], { now: WEEKDAY_EVENING });
    expect(result.anyPhoneOpen).toBe(false);
    expect(result.callbackOffered).toBe(true);
    expect(ids(result.open)).toEqual(['chat', 'callback']);
    expect(result.open.find((r) => r.channel.id === 'callback')?.status).toEqual({ state: 'always' });
    expect(ids(result.closed)).toEqual(['phone']);
  });

  it('does not offer a callback that does not serve the visitor', () => {
    const parentsOnly = { ...callback, audiences: ['parent' as const] };
    const result = run([phone, parentsOnly], { now: WEEKDAY_EVENING });
    expect(result.callbackOffered).toBe(false);
    expect(run([phone, parentsOnly], { now: WEEKDAY_EVENING, audience: 'parent' }).callbackOffered).toBe(
      true,
    );
  });

  it('counts an always-open phone line as an open phone', () => {
    const result = run([channel('24h', { schedule: ALWAYS }), callback], { now: WEEKDAY_EVENING });
    expect(result.anyPhoneOpen).toBe(true);
    expect(result.callbackOffered).toBe(false);
    expect(result.open[0]?.status).toEqual({ state: 'always' });
  });

  it('does not count a chat or WhatsApp line as a phone', () => {
    const result = run([channel('wa', { kind: 'whatsapp', schedule: ALWAYS })]);
    expect(result.anyPhoneOpen).toBe(false);
    expect(result.callbackOffered).toBe(false);
  });
});

describe('fallbacks and robustness', () => {
  it('always returns the fallbacks and the primary number', () => {
    for (const now of [WEEKDAY_MORNING, WEEKDAY_EVENING, FRIDAY_EVENING]) {
      const result = run([channel('phone')], { now });
      expect(result.fallbacks).toEqual([EMERGENCY]);
      expect(result.primary).toBe(PRIMARY);
    }
  });

  it('still yields the primary number with no channels at all', () => {
    expect(run([])).toEqual({
      open: [],
      closed: [],
      fallbacks: [EMERGENCY],
      primary: PRIMARY,
      anyPhoneOpen: false,
      callbackOffered: false,
    });
  });

  it('skips channels with invalid schedules or malformed fields and keeps the rest', () => {
    const badTime = channel('bad-time', { schedule: schedule(slots([3], hours('09:00', '25:00'))) });
    const reversed = channel('reversed', { schedule: schedule(slots([3], hours('17:00', '09:00'))) });
    const empty = channel('empty-slot', { schedule: schedule(slots([3], hours('09:00', '09:00'))) });
    const badException = channel('bad-exception', {
      schedule: { ...OFFICE_HOURS, exceptions: [{ date: '2026-02-30', closed: true }] },
    });
    const malformed = [null, undefined, 42, 'phone', {}, { ...channel('no-kind'), kind: 'pigeon' }];
    const result = run([badTime, reversed, empty, badException, ...malformed, channel('good')]);
    expect(ids(result.open)).toEqual(['good']);
    expect(result.closed).toEqual([]);
  });

  it('keeps the first of two channels sharing an id', () => {
    const result = run([channel('dup', { priority: 1 }), channel('dup', { priority: 2, kind: 'chat' })]);
    expect(result.open.map((r) => r.channel.kind)).toEqual(['phone']);
  });

  it('survives a channel list or fallback list that is not a list', () => {
    const result = route({
      audience: 'recipient',
      locale: 'en',
      now: WEEKDAY_MORNING,
      channels: { length: 1 } as unknown as Channel[],
      fallbacks: null as unknown as Fallback[],
      primary: PRIMARY,
    });
    expect(result).toMatchObject({ open: [], closed: [], fallbacks: [], primary: PRIMARY });
  });

  it('treats an invalid clock as "closed, reopening unknown" but keeps callbacks available', () => {
    const callback = channel('callback', { kind: 'callback' });
    const result = run([channel('phone'), callback], { now: new Date(Number.NaN) });
    expect(ids(result.open)).toEqual(['callback']);
    expect(result.closed[0]?.status).toEqual({ state: 'closed', opensAt: null });
    expect(result.callbackOffered).toBe(true);
  });
});

describe('isValidSchedule', () => {
  it('accepts a sound schedule, including a slot closing at 24:00', () => {
    expect(isValidSchedule(OFFICE_HOURS)).toEqual([]);
    expect(isValidSchedule(schedule(slots([6], hours('20:00', '24:00'))))).toEqual([]);
    expect(isValidSchedule(ALWAYS)).toEqual([]);
  });

  it('names each problem', () => {
    const problems = isValidSchedule({
      weekly: [
        { weekday: 1, opens: '25:00', closes: '26:00' },
        { weekday: 8, opens: '09:00', closes: '17:00' },
        { weekday: 2, opens: '17:00', closes: '09:00' },
        { weekday: 3, opens: '24:00', closes: '24:00' },
        { weekday: 4, opens: '9:00', closes: '17:00' },
      ],
      exceptions: [
        { date: '2026-02-30', closed: true },
        { date: '2026-05-01', closed: false, slots: [{ opens: '10:00', closes: '10:00' }] },
        { date: '2026-05-01', closed: true },
        { date: '2026-05-02', closed: false },
      ],
      closedOnPublicHolidays: 'yes',
    });
    expect(problems).toEqual([
      'weekly[0].opens: invalid time "25:00"',
      'weekly[0].closes: invalid time "26:00"',
      'weekly[1].weekday: must be 1 (Monday) to 7 (Sunday)',
      'weekly[2]: opens must be before closes (split overnight hours into two slots)',
      'weekly[3].opens: invalid time "24:00"',
      'weekly[4].opens: invalid time "9:00"',
      'exceptions[0].date: invalid date "2026-02-30"',
      'exceptions[1].slots[0]: opens must be before closes (split overnight hours into two slots)',
      'exceptions[2].date: 2026-05-01 already has an exception',
      'exceptions[3].slots: must be a list',
      'closedOnPublicHolidays: must be true or false',
    ]);
  });

  it('rejects things that are not schedules at all', () => {
    expect(isValidSchedule(null)).toEqual(['schedule: must be an object']);
    expect(isValidSchedule({ closedOnPublicHolidays: false })).toEqual([
      'weekly: must be a list',
      'exceptions: must be a list',
    ]);
  });
});

describe('the page language', () => {
  const lines = [
    channel('dutch', { priority: 1, schedule: ALWAYS }),
    channel('polish', { priority: 5, schedule: ALWAYS, languages: ['nl', 'pl'] }),
    channel('turkish-office-hours', { priority: 2, languages: ['tr'] }),
  ];

  it('puts open channels answered in it first, then keeps the priority order', () => {
    expect(ids(run(lines, { locale: 'pl' }).open)).toEqual(['polish', 'dutch', 'turkish-office-hours']);
    expect(ids(run(lines, { locale: 'nl' }).open)).toEqual(['dutch', 'polish', 'turkish-office-hours']);
    expect(ids(run(lines, { locale: 'tr' }).open)).toEqual(['turkish-office-hours', 'dutch', 'polish']);
    // Without a stated language a line is answered in Dutch and English.
    expect(ids(run(lines, { locale: 'en' }).open)).toEqual(['dutch', 'turkish-office-hours', 'polish']);
  });

  it('does not promote a closed line (the Turkish one, in the evening): closed ones keep their order', () => {
    expect(ids(run(lines, { locale: 'tr', now: WEEKDAY_EVENING }).open)).toEqual(['dutch', 'polish']);
    expect(ids(run(lines, { locale: 'tr', now: WEEKDAY_EVENING }).closed)).toEqual(['turkish-office-hours']);
  });

  it('leaves out a channel whose languages are not ours', () => {
    expect(ids(run([channel('german', { languages: ['de'] as unknown as VisitorLocale[] })]).open)).toEqual(
      [],
    );
  });
});
