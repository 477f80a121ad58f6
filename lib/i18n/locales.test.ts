import { describe, expect, it } from 'vitest';
import { directionOf, ltrInText, parseVisitorLocales, staffLanguageOf } from './locales';

describe('visitor locales', () => {
  it('parses the installation setting in its order, without duplicates', () => {
    expect(parseVisitorLocales('nl, EN ,pl,nl')).toEqual({ ok: true, locales: ['nl', 'en', 'pl'] });
    expect(parseVisitorLocales('nl,en,pl,tr,ar')).toEqual({
      ok: true,
      locales: ['nl', 'en', 'pl', 'tr', 'ar'],
    });
  });

  it('refuses unknown languages and a list without Dutch', () => {
    expect(parseVisitorLocales('nl,de')).toEqual({ ok: false, error: 'unknown language(s): de' });
    expect(parseVisitorLocales('en,pl')).toEqual({ ok: false, error: 'nl must be one of them' });
  });

  it('knows which language is written right to left, and which staff language stands in', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('tr')).toBe('ltr');
    expect(staffLanguageOf('pl')).toBe('en');
    expect(staffLanguageOf('nl')).toBe('nl');
  });

  it('keeps numbers left to right inside a right-to-left sentence only', () => {
    expect(ltrInText('030 200 1234', 'ar')).toBe('\u2066030 200 1234\u2069');
    expect(ltrInText('030 200 1234', 'pl')).toBe('030 200 1234');
  });
});
