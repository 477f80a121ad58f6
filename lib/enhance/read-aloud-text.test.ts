import { describe, expect, it } from 'vitest';
import { readableText, speechLanguage, voiceFor } from './read-aloud-text';

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
    expect(speechLanguage('pl')).toBe('pl-PL');
    expect(speechLanguage('tr')).toBe('tr-TR');
    expect(speechLanguage('ar')).toBe('ar-SA');
  });
});

describe('voiceFor', () => {
  const voices = [{ lang: 'nl-BE' }, { lang: 'nl-NL' }, { lang: 'en_GB' }, { lang: 'ar-EG' }];

  it('prefers the regional voice, then any of the language (Android writes en_GB)', () => {
    expect(voiceFor(voices, 'nl')).toBe(voices[1]);
    expect(voiceFor(voices, 'en')).toBe(voices[2]);
    expect(voiceFor(voices, 'ar')).toBe(voices[3]);
  });

  it('finds none for a language without a voice, rather than reading it with another', () => {
    expect(voiceFor(voices, 'pl')).toBeNull();
    expect(voiceFor([], 'nl')).toBeNull();
  });
});
