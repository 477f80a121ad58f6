import { describe, expect, it } from 'vitest';
import { forwardedHops, pickClientAddress } from './client-address';

const behindProxy = (forwardedFor: string | null, trustedHops = 1) =>
  pickClientAddress({ forwardedFor, peer: '10.0.0.2', trustProxy: true, trustedHops });

describe('pickClientAddress behind our own proxy (TRUST_PROXY)', () => {
  it('takes the hop our proxy appended, not one the client wrote in front of it', () => {
    expect(behindProxy('203.0.113.7')).toBe('203.0.113.7');
    // The client sent "X-Forwarded-For: 198.51.100.1"; nginx appended the real address.
    expect(behindProxy('198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(behindProxy('1.1.1.1, 2.2.2.2, 3.3.3.3, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('skips as many hops as there are trusted proxies (a CDN in front of nginx: 2)', () => {
    // The CDN appended the client, nginx appended the CDN's edge.
    expect(behindProxy('198.51.100.1, 203.0.113.7, 192.0.2.50', 2)).toBe('203.0.113.7');
    expect(behindProxy('203.0.113.7, 192.0.2.50, 10.0.0.1', 3)).toBe('203.0.113.7');
  });

  it('with fewer hops than trusted proxies, takes the oldest hop there is', () => {
    expect(behindProxy('203.0.113.7', 2)).toBe('203.0.113.7');
  });

  it('tolerates spacing and empty hops, and answers empty without any hop', () => {
    expect(behindProxy(' 198.51.100.1 ,, 203.0.113.7 ')).toBe('203.0.113.7');
    expect(behindProxy('2001:db8::1, 2001:db8::2')).toBe('2001:db8::2');
    expect(behindProxy(null)).toBe('');
    expect(behindProxy('')).toBe('');
  });
});

describe('pickClientAddress without a trusted proxy', () => {
  it('uses the socket peer and ignores what the client wrote', () => {
    expect(
      pickClientAddress({
        forwardedFor: '198.51.100.1',
        peer: '203.0.113.7',
        trustProxy: false,
        trustedHops: 1,
      }),
    ).toBe('203.0.113.7');
  });

  it('falls back to the last hop only when no peer was stamped (outside the request layer)', () => {
    expect(
      pickClientAddress({ forwardedFor: '198.51.100.1', peer: null, trustProxy: false, trustedHops: 1 }),
    ).toBe('198.51.100.1');
  });
});

describe('forwardedHops', () => {
  it('splits, trims and drops empty hops', () => {
    expect(forwardedHops(' a , ,b,')).toEqual(['a', 'b']);
    expect(forwardedHops(null)).toEqual([]);
  });
});
