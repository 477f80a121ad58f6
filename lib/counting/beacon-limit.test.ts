import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AddressLimiter } from './beacon-limit';

function fakeClock(start = Date.parse('2026-11-29T12:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const limiter = (clock = fakeClock(), options: { maxEntries?: number } = {}) =>
  new AddressLimiter({ limit: 3, windowMs: 60_000, now: clock.now, ...options });

describe('AddressLimiter', () => {
  it('allows up to the limit per address within a minute of its first event, then refuses', () => {
    const clock = fakeClock();
    const limit = limiter(clock);
    expect([1, 2, 3, 4, 5].map(() => limit.allow('203.0.113.7'))).toEqual([true, true, true, false, false]);
    // Another address has its own allowance.
    expect(limit.allow('203.0.113.8')).toBe(true);
    clock.advance(59_999);
    expect(limit.allow('203.0.113.7')).toBe(false);
    clock.advance(1);
    expect(limit.allow('203.0.113.7')).toBe(true);
  });

  it('counts a whole IPv6 /64 as one address, and mapped IPv4 as plain IPv4', () => {
    const limit = limiter();
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::9'])
      expect(limit.allow(address)).toBe(true);
    expect(limit.allow('2001:db8:1:2::3')).toBe(false);
    expect(limit.allow('2001:db8:1:3::1')).toBe(true);
    for (let i = 0; i < 3; i += 1) limit.allow('203.0.113.7');
    expect(limit.allow('::ffff:203.0.113.7')).toBe(false);
  });

  it('holds no address, only keyed hashes, and forgets them once their minute has passed', () => {
    const clock = fakeClock();
    const limit = limiter(clock);
    limit.allow('203.0.113.7');
    expect(inspect(limit, { showHidden: true, depth: 5 })).not.toContain('203.0.113.7');
    expect(JSON.stringify(limit)).not.toContain('203.0.113.7');
    expect(limit.size).toBe(1);
    clock.advance(60_000);
    limit.allow('198.51.100.1');
    expect(limit.size).toBe(1);
  });

  it('keys its hashes with a random key of its own: two instances do not share them', () => {
    const a = new AddressLimiter({
      limit: 1,
      windowMs: 60_000,
      now: () => 0,
      randomBytes: () => Buffer.alloc(32, 1),
    });
    const b = new AddressLimiter({
      limit: 1,
      windowMs: 60_000,
      now: () => 0,
      randomBytes: () => Buffer.alloc(32, 2),
    });
    expect(a.keyFor('203.0.113.7')).not.toBe(b.keyFor('203.0.113.7'));
    expect(a.keyFor('203.0.113.7')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses new addresses rather than grow without bound when the table is full', () => {
    const clock = fakeClock();
    const limit = limiter(clock, { maxEntries: 2 });
    expect(limit.allow('203.0.113.1')).toBe(true);
    expect(limit.allow('203.0.113.2')).toBe(true);
    expect(limit.allow('203.0.113.3')).toBe(false);
    expect(limit.allow('203.0.113.1')).toBe(true);
    // Once the old windows have passed there is room again.
    clock.advance(60_000);
    expect(limit.allow('203.0.113.3')).toBe(true);
  });
});
