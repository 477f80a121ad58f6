import { describe, expect, it } from 'vitest';
import {
  acceptsPost,
  earlyRefusal,
  type EarlyRequest,
  isCrossSite,
  isWellFormedRange,
} from './request-policy';

const request = (overrides: Partial<EarlyRequest> = {}): EarlyRequest => ({
  method: 'POST',
  url: '/nl/contact',
  headers: { host: 'hulp.example.nl', 'content-length': '120' },
  ownHosts: ['hulp.example.nl'],
  ...overrides,
});

describe('acceptsPost', () => {
  it('takes posts for pages and the beacon only', () => {
    for (const path of ['/nl/contact', '/en/staff/login', '/w/utr-x7k2', '/', '/api/e']) {
      expect(acceptsPost(path), path).toBe(true);
    }
    for (const path of [
      '/api/health',
      '/api/e/x',
      '/api',
      '/_next/static/x',
      '/robots.txt',
      '/nl/../x',
      '/nl/\0',
    ]) {
      expect(acceptsPost(path), path).toBe(false);
    }
  });
});

describe('isCrossSite', () => {
  it('trusts a same-origin browser post and a client that sends neither header', () => {
    expect(
      isCrossSite(request({ headers: { host: 'hulp.example.nl', 'sec-fetch-site': 'same-origin' } })),
    ).toBe(false);
    expect(
      isCrossSite(request({ headers: { host: 'hulp.example.nl', origin: 'https://hulp.example.nl' } })),
    ).toBe(false);
    expect(isCrossSite(request())).toBe(false);
  });

  it('refuses Origin: null, a foreign or malformed origin, and anything a browser marks as not same-origin', () => {
    for (const headers of [
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { origin: 'https://hulp.example.nl.evil.example' },
      { origin: 'not a url' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://hulp.example.nl' },
    ]) {
      expect(
        isCrossSite(request({ headers: { host: 'hulp.example.nl', ...headers } })),
        JSON.stringify(headers),
      ).toBe(true);
    }
  });

  it('accepts the configured site address behind a proxy that rewrites Host', () => {
    const behindProxy = request({
      headers: { host: '10.0.0.11:3000', origin: 'https://hulp.example.nl' },
      ownHosts: ['hulp.example.nl'],
    });
    expect(isCrossSite(behindProxy)).toBe(false);
  });
});

describe('earlyRefusal', () => {
  it('lets reads through and refuses what must not reach the framework', () => {
    expect(earlyRefusal(request({ method: 'GET', headers: { origin: 'null' } }))).toBeNull();
    expect(earlyRefusal(request())).toBeNull();
    expect(earlyRefusal(request({ url: '/%ff' }))?.status).toBe(400);
    expect(earlyRefusal(request({ headers: { host: 'hulp.example.nl', origin: 'null' } }))?.status).toBe(403);
    expect(
      earlyRefusal(request({ method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } }))?.status,
    ).toBe(403);
    expect(earlyRefusal(request({ url: '/api/%00' }))?.status).toBe(405);
    expect(earlyRefusal(request({ method: 'OPTIONS', url: '/robots.txt' }))).toMatchObject({
      status: 405,
      allow: 'GET, HEAD',
    });
    expect(earlyRefusal(request({ method: 'PUT' }))).toMatchObject({ status: 405, allow: 'GET, HEAD, POST' });
    expect(earlyRefusal(request({ method: 'DELETE', url: '/api/e' }))).toMatchObject({
      status: 405,
      allow: 'POST',
    });
    expect(earlyRefusal(request({ url: '/nl/..%2f' }))?.status).toBe(405);
    expect(earlyRefusal(request({ headers: { 'content-length': String(64 * 1024 + 1) } }))?.status).toBe(413);
    expect(earlyRefusal(request({ headers: { 'content-length': 'lots' } }))?.status).toBe(413);
    expect(earlyRefusal(request({ headers: { 'transfer-encoding': 'chunked' } }))?.status).toBe(411);
  });

  it('refuses a post flagged as a client navigation (RSC), which made Next answer 500; reads keep it', () => {
    expect(earlyRefusal(request({ url: '/nl/staff/does-not-exist', headers: { rsc: '1' } }))?.status).toBe(
      400,
    );
    expect(earlyRefusal(request({ method: 'GET', url: '/nl/staff', headers: { rsc: '1' } }))).toBeNull();
    // A server action from Next's client: Next-Action and the router state, no RSC flag.
    expect(
      earlyRefusal(
        request({
          url: '/nl/staff/inbox',
          headers: { 'next-action': 'abc', 'next-router-state-tree': '%5B%5D' },
        }),
      ),
    ).toBeNull();
  });
});

describe('isWellFormedRange', () => {
  it('knows byte ranges from anything else', () => {
    for (const value of ['bytes=0-99', 'bytes=100-', 'bytes=-500', 'bytes=0-0, 5-9', 'bytes= 1-2 ,3-'])
      expect(isWellFormedRange(value), value).toBe(true);
    for (const value of ['bytes=', 'bytes=[;&fO53r', 'bytes=a-b', 'items=0-1', 'bytes=1-2,', '0-1', ''])
      expect(isWellFormedRange(value), value).toBe(false);
  });
});
