import { describe, expect, it } from 'vitest';
import { chooseLocale } from './choose-locale';

describe('chooseLocale', () => {
  it('takes the first offered language by weight, regions counting as their language', () => {
    expect(chooseLocale('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(chooseLocale('de-DE,de;q=0.9,nl;q=0.5,en;q=0.4')).toBe('nl');
    expect(chooseLocale('en;q=0.3, nl;q=0.7')).toBe('nl');
    expect(chooseLocale('fr, en')).toBe('en');
  });

  it('falls back to Dutch for nothing offered, a refusal (q=0) or no header', () => {
    expect(chooseLocale(undefined)).toBe('nl');
    expect(chooseLocale('')).toBe('nl');
    expect(chooseLocale('de, fr')).toBe('nl');
    expect(chooseLocale('en;q=0')).toBe('nl');
    expect(chooseLocale('*')).toBe('nl');
  });
});
