import { describe, expect, it } from 'vitest';

import { addressScope } from './address-scope';
import { decide, rateLimitBucketKey } from './rate-limit-key';

const secret = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const now = new Date('2026-03-01T10:17:42.123Z');
const windowMs = 15 * 60 * 1000;
const key = (address: string, at = now, options: { secret?: Buffer; windowMs?: number } = {}) =>
  rateLimitBucketKey({
    secret: options.secret ?? secret,
    address,
    now: at,
    windowMs: options.windowMs ?? windowMs,
  });

describe('rateLimitBucketKey', () => {
  it('aligns the window and returns a short hex bucket without the address', () => {
    const { bucket, windowStart } = key('203.0.113.7');
    expect(windowStart).toEqual(new Date('2026-03-01T10:15:00.000Z'));
    expect(bucket).toMatch(/^[0-9a-f]{32}$/);
    expect(bucket).not.toContain('203');
    expect(JSON.stringify(key('203.0.113.7'))).not.toContain('203.0.113.7');
  });

  it('is stable within a window and changes across windows', () => {
    const a = key('203.0.113.7');
    expect(key('203.0.113.7', new Date('2026-03-01T10:29:59.999Z')).bucket).toBe(a.bucket);
    expect(key('203.0.113.7', new Date('2026-03-01T10:30:00.000Z')).bucket).not.toBe(a.bucket);
  });

  it('separates addresses, secrets and window sizes', () => {
    const a = key('203.0.113.7').bucket;
    expect(key('203.0.113.8').bucket).not.toBe(a);
    expect(key('203.0.113.7', now, { secret: Buffer.alloc(32, 1) }).bucket).not.toBe(a);
    expect(key('203.0.113.7', now, { windowMs: 60_000 }).bucket).not.toBe(a);
  });

  it('puts a whole IPv6 /64 in one bucket, and mapped IPv4 with plain IPv4', () => {
    expect(key('2001:db8:1:2::1').bucket).toBe(key('2001:0db8:0001:0002:abcd:ef01:2345:6789').bucket);
    expect(key('2001:db8:1:3::1').bucket).not.toBe(key('2001:db8:1:2::1').bucket);
    expect(key('::ffff:203.0.113.7').bucket).toBe(key('203.0.113.7').bucket);
  });

  it('refuses a weak secret or a bad window', () => {
    expect(() => key('203.0.113.7', now, { secret: Buffer.alloc(8) })).toThrow(/secret/);
    expect(() => key('203.0.113.7', now, { windowMs: 0 })).toThrow(/windowMs/);
    expect(() => key('203.0.113.7', now, { windowMs: 1.5 })).toThrow(/windowMs/);
  });
});

describe('addressScope', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['2001:DB8::1', 'v6:2001:0db8:0000:0000'],
    ['[2001:db8:aa:bb::1]', 'v6:2001:0db8:00aa:00bb'],
    ['fe80::1%eth0', 'v6:fe80:0000:0000:0000'],
    ['::1', 'v6:0000:0000:0000:0000'],
    ['1:2:3:4:5:6:7:8', 'v6:0001:0002:0003:0004'],
    ['64:ff9b::192.0.2.33', 'v6:0064:ff9b:0000:0000'],
    ['unknown', 'unknown'],
    ['', ''],
    ['1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9'],
    ['1::2::3', '1::2::3'],
    ['1.2.3.4::', '1.2.3.4::'],
    ['256.1.1.1', '256.1.1.1'],
  ])('%j -> %j', (input, expected) => {
    expect(addressScope(input)).toBe(expected);
  });
});

describe('decide', () => {
  it('allows up to and including the limit, counting the current request', () => {
    expect(decide({ count: 1, limit: 5 })).toEqual({ allowed: true, remaining: 4 });
    expect(decide({ count: 5, limit: 5 })).toEqual({ allowed: true, remaining: 0 });
    expect(decide({ count: 6, limit: 5 })).toEqual({ allowed: false, remaining: 0 });
    expect(decide({ count: 1, limit: 0 })).toEqual({ allowed: false, remaining: 0 });
  });
});
