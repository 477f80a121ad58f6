import { inspect } from 'node:util';

import { describe, expect, it } from 'vitest';

import { DailyKeyring } from './daily-key';

function fakeClock(iso: string) {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next: string) => {
      now = new Date(next);
    },
  };
}

function countingRandom() {
  let calls = 0;
  return {
    randomBytes: (size: number) => Buffer.alloc(size, ++calls),
    get calls() {
      return calls;
    },
  };
}

const visitor = ['203.0.113.7', 'Mozilla/5.0 (iPhone)', 'nl'];

describe('DailyKeyring', () => {
  it('returns a 16-byte hex hash that is stable within a day', () => {
    const keyring = new DailyKeyring({ now: fakeClock('2026-11-29T12:00:00Z').now });
    const hash = keyring.hash(visitor);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(keyring.hash(visitor)).toBe(hash);
    expect(keyring.hash(['203.0.113.8', ...visitor.slice(1)])).not.toBe(hash);
  });

  it('separates parts so different splits do not collide', () => {
    const keyring = new DailyKeyring({ now: fakeClock('2026-11-29T12:00:00Z').now });
    expect(keyring.hash(['ab', 'c'])).not.toBe(keyring.hash(['a', 'bc']));
  });

  it('sees a visitor first once per day', () => {
    const keyring = new DailyKeyring({ now: fakeClock('2026-11-29T12:00:00Z').now });
    expect(keyring.firstSeenToday(visitor)).toBe(true);
    expect(keyring.firstSeenToday(visitor)).toBe(false);
    expect(keyring.firstSeenToday(['198.51.100.1'])).toBe(true);
  });

  it('rotates exactly at Amsterdam midnight in winter', () => {
    const clock = fakeClock('2026-11-29T22:59:59Z');
    const random = countingRandom();
    const keyring = new DailyKeyring({ now: clock.now, randomBytes: random.randomBytes });
    expect(keyring.currentDay()).toBe('2026-11-29');
    const before = keyring.hash(visitor);
    expect(keyring.firstSeenToday(visitor)).toBe(true);
    expect(keyring.firstSeenToday(visitor)).toBe(false);

    clock.set('2026-11-29T22:59:59.999Z');
    expect(keyring.firstSeenToday(visitor)).toBe(false);
    expect(random.calls).toBe(1);

    clock.set('2026-11-29T23:00:00Z');
    expect(keyring.currentDay()).toBe('2026-11-30');
    expect(random.calls).toBe(2);
    expect(keyring.firstSeenToday(visitor)).toBe(true);
    expect(keyring.hash(visitor)).not.toBe(before);
    expect(keyring.firstSeenToday(visitor)).toBe(false);
  });

  it('rotates exactly at Amsterdam midnight in summer', () => {
    const clock = fakeClock('2026-07-01T21:59:59Z');
    const keyring = new DailyKeyring({ now: clock.now });
    const before = keyring.hash(visitor);
    expect(keyring.firstSeenToday(visitor)).toBe(true);
    expect(keyring.currentDay()).toBe('2026-07-01');

    clock.set('2026-07-01T22:00:00Z');
    expect(keyring.currentDay()).toBe('2026-07-02');
    expect(keyring.firstSeenToday(visitor)).toBe(true);
    expect(keyring.hash(visitor)).not.toBe(before);
  });

  it('does not rotate within a 25-hour DST day', () => {
    const clock = fakeClock('2026-10-24T22:00:00Z');
    const random = countingRandom();
    const keyring = new DailyKeyring({ now: clock.now, randomBytes: random.randomBytes });
    const hash = keyring.hash(visitor);
    clock.set('2026-10-25T22:59:59Z');
    expect(keyring.hash(visitor)).toBe(hash);
    expect(random.calls).toBe(1);
    clock.set('2026-10-25T23:00:00Z');
    expect(keyring.hash(visitor)).not.toBe(hash);
    expect(random.calls).toBe(2);
  });

  it('uses an independent random key per instance', () => {
    const now = fakeClock('2026-11-29T12:00:00Z').now;
    expect(new DailyKeyring({ now }).hash(visitor)).not.toBe(new DailyKeyring({ now }).hash(visitor));
  });

  it('derives the hash from the injected key', () => {
    const now = fakeClock('2026-11-29T12:00:00Z').now;
    const fixed = (size: number) => Buffer.alloc(size, 7);
    const a = new DailyKeyring({ now, randomBytes: fixed });
    const b = new DailyKeyring({ now, randomBytes: fixed });
    expect(a.hash(visitor)).toBe(b.hash(visitor));
  });

  it('rejects a random source of the wrong length', () => {
    const now = fakeClock('2026-11-29T12:00:00Z').now;
    expect(() => new DailyKeyring({ now, randomBytes: () => Buffer.alloc(16) })).toThrow(/32/);
  });

  it('never exposes the key', () => {
    const keyHex = Buffer.alloc(32, 0xab).toString('hex');
    const keyring = new DailyKeyring({
      now: fakeClock('2026-11-29T12:00:00Z').now,
      randomBytes: (size) => Buffer.alloc(size, 0xab),
    });
    keyring.firstSeenToday(visitor);
    expect(JSON.stringify(keyring)).not.toContain('ab'.repeat(8));
    expect(inspect(keyring, { showHidden: true, depth: 5 })).not.toMatch(/ab ab ab|abababab/);
    expect(Object.getOwnPropertyNames(keyring)).toEqual([]);
    const values = Object.getOwnPropertyNames(Object.getPrototypeOf(keyring)).map((name) =>
      String(Reflect.get(keyring, name)),
    );
    expect(values.join()).not.toContain(keyHex);
  });

  it('stops admitting new visitors when full and reports saturation', () => {
    const keyring = new DailyKeyring({ now: fakeClock('2026-11-29T12:00:00Z').now, maxEntries: 2 });
    expect(keyring.firstSeenToday(['a'])).toBe(true);
    expect(keyring.firstSeenToday(['b'])).toBe(true);
    expect(keyring.saturated).toBe(false);
    expect(keyring.firstSeenToday(['c'])).toBe(false);
    expect(keyring.saturated).toBe(true);
    expect(keyring.firstSeenToday(['a'])).toBe(false);
    expect(keyring.firstSeenToday(['c'])).toBe(false);
  });

  it('clears saturation and the seen set at midnight', () => {
    const clock = fakeClock('2026-11-29T22:00:00Z');
    const keyring = new DailyKeyring({ now: clock.now, maxEntries: 1 });
    keyring.firstSeenToday(['a']);
    keyring.firstSeenToday(['b']);
    expect(keyring.saturated).toBe(true);
    clock.set('2026-11-30T08:00:00Z');
    expect(keyring.saturated).toBe(false);
    expect(keyring.firstSeenToday(['b'])).toBe(true);
  });

  it('tells its owner once per day that the set is full, without any visitor data', () => {
    const clock = fakeClock('2026-11-29T22:00:00Z');
    const reports: unknown[][] = [];
    const keyring = new DailyKeyring({
      now: clock.now,
      maxEntries: 1,
      onSaturated: (...args: unknown[]) => reports.push(args),
    });
    keyring.firstSeenToday(['203.0.113.7']);
    expect(reports).toEqual([]);
    keyring.firstSeenToday(['203.0.113.8']);
    keyring.firstSeenToday(['203.0.113.9']);
    expect(reports).toEqual([['2026-11-29']]);
    clock.set('2026-11-30T08:00:00Z');
    keyring.firstSeenToday(['203.0.113.7']);
    keyring.firstSeenToday(['203.0.113.8']);
    keyring.firstSeenToday(['203.0.113.9']);
    expect(reports).toEqual([['2026-11-29'], ['2026-11-30']]);
  });

  it('rotates when the clock steps back into the previous day', () => {
    const clock = fakeClock('2026-11-30T00:30:00Z');
    const keyring = new DailyKeyring({ now: clock.now });
    const hash = keyring.hash(visitor);
    clock.set('2026-11-29T12:00:00Z');
    expect(keyring.currentDay()).toBe('2026-11-29');
    expect(keyring.hash(visitor)).not.toBe(hash);
  });
});
