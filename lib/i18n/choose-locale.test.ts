import { describe, expect, it } from 'vitest';
import { chooseLocale } from './choose-locale';
import type { VisitorLocale } from './locales';

const TWO: VisitorLocale[] = ['nl', 'en'];
const ALL: VisitorLocale[] = ['nl', 'en', 'pl', 'tr', 'ar'];

describe('chooseLocale', () => {
  it('takes the first offered language by weight, regions counting as their language', () => {
    expect(chooseLocale('en-GB,en;q=0.9,nl;q=0.8', TWO)).toBe('en');
    expect(chooseLocale('de-DE,de;q=0.9,nl;q=0.5,en;q=0.4', TWO)).toBe('nl');
    expect(chooseLocale('en;q=0.3, nl;q=0.7', TWO)).toBe('nl');
    expect(chooseLocale('fr, en', TWO)).toBe('en');
  });

  it('falls back to Dutch for nothing offered, a refusal (q=0) or no header', () => {
    expect(chooseLocale(undefined, TWO)).toBe('nl');
    expect(chooseLocale('', TWO)).toBe('nl');
    expect(chooseLocale('de, fr', TWO)).toBe('nl');
    expect(chooseLocale('en;q=0', TWO)).toBe('nl');
    expect(chooseLocale('*', TWO)).toBe('nl');
  });

  it('offers only the languages of the installation', () => {
    expect(chooseLocale('pl-PL,pl;q=0.9,en;q=0.8', ALL)).toBe('pl');
    expect(chooseLocale('pl-PL,pl;q=0.9,en;q=0.8', TWO)).toBe('en');
    expect(chooseLocale('ar-MA, fr;q=0.8', ALL)).toBe('ar');
    expect(chooseLocale('tr', ['nl', 'en', 'pl'])).toBe('nl');
  });
});
