import { describe, expect, it } from 'vitest';
import { readableText, speechLanguage } from './read-aloud-text';

describe('readableText', () => {
  it('joins the non-empty texts in order', () => {
    expect(
      readableText([
        { textContent: ' Titel ' },
        { textContent: '' },
        { textContent: null },
        { textContent: 'Tekst' },
      ]),
    ).toBe('Titel\nTekst');
  });
});

describe('speechLanguage', () => {
  it('picks a regional voice for the page language', () => {
    expect(speechLanguage('nl')).toBe('nl-NL');
    expect(speechLanguage('en')).toBe('en-GB');
    expect(speechLanguage('pl-PL')).toBe('pl-PL');
  });
});
