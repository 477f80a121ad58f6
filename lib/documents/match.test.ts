import { describe, expect, it } from 'vitest';
import { matchDocument } from './match';

describe('matchDocument', () => {
  it('finds localized pages in either language', () => {
    expect(matchDocument('/nl')).toEqual({ kind: 'page', locale: 'nl', page: '/', params: {} });
    expect(matchDocument('/nl/hulp/verslaving')).toMatchObject({
      kind: 'page',
      locale: 'nl',
      page: '/help/addiction',
    });
    expect(matchDocument('/en/help/addiction')).toMatchObject({
      kind: 'page',
      locale: 'en',
      page: '/help/addiction',
    });
    expect(matchDocument('/en/contact')).toMatchObject({ kind: 'page', page: '/contact' });
    expect(matchDocument('/nl/w/utr-x7k2')).toEqual({
      kind: 'page',
      locale: 'nl',
      page: '/w/[code]',
      params: { code: 'utr-x7k2' },
    });
  });

  it('does not mix the languages of a path', () => {
    expect(matchDocument('/nl/help/addiction')).toEqual({ kind: 'not-found', locale: 'nl' });
    expect(matchDocument('/en/hulp/verslaving')).toEqual({ kind: 'not-found', locale: 'en' });
  });

  it('knows wave links, the root and unprefixed paths', () => {
    expect(matchDocument('/w/UTR-x7k2')).toEqual({ kind: 'wave', code: 'utr-x7k2' });
    expect(matchDocument('/')).toEqual({ kind: 'choose-locale', rest: '' });
    expect(matchDocument('/hulp')).toEqual({ kind: 'choose-locale', rest: '/hulp' });
    expect(matchDocument('/nl/contact/')).toEqual({ kind: 'redirect', location: '/nl/contact' });
  });

  it('leaves the staff application, route handlers, assets and files to Next', () => {
    for (const path of [
      '/nl/staff',
      '/en/staff/login',
      '/api/e',
      '/_next/static/x.js',
      '/robots.txt',
      '/icon.svg',
    ]) {
      expect(matchDocument(path), path).toBeNull();
    }
  });
});
