import { describe, expect, it } from 'vitest';
import { cookieIsSecure, staffCookiePaths, staffCookies } from './cookies';

describe('staff session cookie', () => {
  it('lives only on the staff paths', () => {
    expect(staffCookiePaths()).toEqual(['/nl/staff', '/en/staff']);
  });

  it('is Secure except for plain http on a loopback host', () => {
    expect(cookieIsSecure('https://uitweg.gemeente.nl', 'uitweg.gemeente.nl')).toBe(true);
    expect(cookieIsSecure('http://localhost:3000', 'localhost:3000')).toBe(false);
    expect(cookieIsSecure('http://127.0.0.1:3220', '127.0.0.1:3220')).toBe(false);
    // A production site left on the default SITE_URL but reached from outside still gets Secure.
    expect(cookieIsSecure('http://localhost:3000', 'uitweg.gemeente.nl')).toBe(true);
    expect(cookieIsSecure('https://localhost', 'localhost')).toBe(true);
  });

  it('carries the __Secure- prefix whenever it is Secure (not __Host-: that prefix demands Path=/)', () => {
    expect(staffCookies(true)).toEqual([
      { name: '__Secure-uitweg_staff_nl', path: '/nl/staff' },
      { name: '__Secure-uitweg_staff_en', path: '/en/staff' },
    ]);
    // Plain http on localhost: browsers refuse a __Secure- cookie without Secure, so the plain name.
    expect(staffCookies(false).map((cookie) => cookie.name)).toEqual(['uitweg_staff_nl', 'uitweg_staff_en']);
  });
});
