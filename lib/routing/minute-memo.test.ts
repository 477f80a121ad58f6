import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMinuteMemo, startOfMinute } from './minute-memo';
import { route } from './route';
import { ALL_DAYS, PRIMARY, WORKDAYS, channel, hours, schedule, slots } from './test-fixtures';
import { AUDIENCES, TOPICS, type Channel } from './types';

/** Lines that open and close at odd minutes, overnight, on one day a week, and around a closed holiday. */
const CHANNELS: Channel[] = [
  channel('office', {}),
  channel('evening', { schedule: schedule(slots(WORKDAYS, hours('17:01', '23:59'))) }),
  channel('night', {
    kind: 'whatsapp',
    schedule: schedule(slots(ALL_DAYS, hours('22:30', '24:00'), hours('00:00', '07:15'))),
  }),
  channel('saturday', {
    kind: 'sms',
    schedule: schedule(slots([6], hours('10:07', '13:53')), {
      exceptions: [{ date: '2026-12-26', closed: true }],
    }),
  }),
];

describe('startOfMinute', () => {
  it('drops seconds and milliseconds, in UTC as in Amsterdam (whole-hour offsets)', () => {
    expect(startOfMinute(new Date('2026-03-29T00:59:59.999Z')).toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(startOfMinute(new Date('2026-03-29T01:00:00.000Z')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });
});

describe('routing within one minute', () => {
  it('gives the same channels, order and texts at any second of a minute as at its start', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    const year = 366 * 24 * 60 * 60_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: year }),
        fc.constantFrom(...AUDIENCES),
        fc.constantFrom(...TOPICS),
        (offset, audience, topic) => {
          const now = new Date(start + offset);
          const at = (when: Date) =>
            route({
              audience,
              topic,
              locale: 'pl',
              now: when,
              channels: CHANNELS,
              fallbacks: [],
              primary: PRIMARY,
            });
          expect(at(now)).toEqual(at(startOfMinute(now)));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('changes exactly at the minute a line opens (DST day included)', () => {
    const at = (iso: string) =>
      route({
        audience: 'recipient',
        locale: 'nl',
        now: new Date(iso),
        channels: [CHANNELS[1]!],
        fallbacks: [],
        primary: PRIMARY,
      }).open.length;
    // 17:01 in Amsterdam on Monday 30 March 2026 (summer time) is 15:01 UTC.
    expect(at('2026-03-30T15:00:59.999Z')).toBe(0);
    expect(at('2026-03-30T15:01:00.000Z')).toBe(1);
  });
});

describe('createMinuteMemo', () => {
  it('computes once per key and minute, at the start of the minute, and again for a new minute or source', () => {
    const memo = createMinuteMemo<object, string>();
    const source = {};
    const calls: string[] = [];
    const compute = (minuteStart: Date) => {
      calls.push(minuteStart.toISOString());
      return `value at ${minuteStart.toISOString()}`;
    };
    const first = memo(source, new Date('2026-12-03T09:00:41Z'), 'a', compute);
    expect(first).toBe('value at 2026-12-03T09:00:00.000Z');
    expect(memo(source, new Date('2026-12-03T09:00:59.999Z'), 'a', compute)).toBe(first);
    memo(source, new Date('2026-12-03T09:00:10Z'), 'b', compute);
    memo(source, new Date('2026-12-03T09:01:00Z'), 'a', compute);
    memo({}, new Date('2026-12-03T09:01:30Z'), 'a', compute);
    expect(calls).toEqual([
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
      '2026-12-03T09:01:00.000Z',
      '2026-12-03T09:01:00.000Z',
    ]);
  });

  it('keeps nothing from an earlier minute, and recomputes for an invalid clock', () => {
    const memo = createMinuteMemo<object, number>();
    const source = {};
    let calls = 0;
    const compute = () => (calls += 1);
    memo(source, new Date('2026-12-03T09:00:00Z'), 'a', compute);
    memo(source, new Date('2026-12-03T09:01:00Z'), 'a', compute);
    expect(memo(source, new Date('2026-12-03T09:00:30Z'), 'a', compute)).toBe(3);
    memo(source, new Date(Number.NaN), 'a', compute);
    memo(source, new Date(Number.NaN), 'a', compute);
    expect(calls).toBe(5);
  });
});
