import { describe, expect, it } from 'vitest';
import { languageList, languageName } from './language-names';

describe('language names', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('pl', 'nl')).toBe('Pools');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('nl', 'tr')).toBe('Felemenkçe');
  });

  it('lists languages as a sentence in the reader’s language', () => {
    expect(languageList(['nl', 'en'], 'pl')).toBe('niderlandzki i angielski');
    expect(languageList(['nl', 'en', 'pl'], 'en')).toBe('Dutch, English, and Polish');
    expect(languageList(['nl'], 'nl')).toBe('Nederlands');
  });
});
