import { describe, expect, it } from 'vitest';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { matchDocument } from './match';

const ALL: VisitorLocale[] = ['nl', 'en', 'pl', 'tr', 'ar'];

describe('matchDocument', () => {
  it('finds localized pages in either language', () => {
    expect(matchDocument('/nl', ALL)).toEqual({ kind: 'page', locale: 'nl', page: '/', params: {} });
    expect(matchDocument('/nl/hulp/verslaving', ALL)).toMatchObject({
      kind: 'page',
      locale: 'nl',
      page: '/help/addiction',
    });
    expect(matchDocument('/en/help/addiction', ALL)).toMatchObject({
      kind: 'page',
      locale: 'en',
      page: '/help/addiction',
    });
    expect(matchDocument('/en/contact', ALL)).toMatchObject({ kind: 'page', page: '/contact' });
    expect(matchDocument('/nl/w/utr-x7k2', ALL)).toEqual({
      kind: 'page',
      locale: 'nl',
      page: '/w/[code]',
      params: { code: 'utr-x7k2' },
    });
  });

  it('does not mix the languages of a path', () => {
    expect(matchDocument('/nl/help/addiction', ALL)).toEqual({ kind: 'not-found', locale: 'nl' });
    expect(matchDocument('/en/hulp/verslaving', ALL)).toEqual({ kind: 'not-found', locale: 'en' });
  });

  it('knows wave links, the root and unprefixed paths', () => {
    expect(matchDocument('/w/UTR-x7k2', ALL)).toEqual({ kind: 'wave', code: 'utr-x7k2' });
    expect(matchDocument('/', ALL)).toEqual({ kind: 'choose-locale', rest: '' });
    expect(matchDocument('/hulp', ALL)).toEqual({ kind: 'choose-locale', rest: '/hulp' });
    expect(matchDocument('/nl/contact/', ALL)).toEqual({ kind: 'redirect', location: '/nl/contact' });
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
      expect(matchDocument(path, ALL), path).toBeNull();
    }
  });

  it('finds Polish and Turkish slugs, and English ones under Arabic', () => {
    expect(matchDocument('/pl/pomoc/uzaleznienie', ALL)).toMatchObject({
      kind: 'page',
      locale: 'pl',
      page: '/help/addiction',
    });
    expect(matchDocument('/tr/iletisim', ALL)).toMatchObject({
      kind: 'page',
      locale: 'tr',
      page: '/contact',
    });
    expect(matchDocument('/ar/help/money', ALL)).toMatchObject({
      kind: 'page',
      locale: 'ar',
      page: '/help/money',
    });
    expect(matchDocument('/pl/help/money', ALL)).toEqual({ kind: 'not-found', locale: 'pl' });
  });

  it('leads a language the installation does not offer to the Dutch home page', () => {
    expect(matchDocument('/tr/iletisim', ['nl', 'en'])).toEqual({ kind: 'not-offered' });
    // The staff application is Dutch and English only: under another language it is a visitor 404.
    expect(matchDocument('/pl/staff', ALL)).toEqual({ kind: 'not-found', locale: 'pl' });
  });
});
