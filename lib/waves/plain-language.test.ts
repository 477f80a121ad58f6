import { describe, expect, it } from 'vitest';
import { isPlainEnough, plainLanguageFigures } from './plain-language';

describe('plainLanguageFigures', () => {
  it('counts words and sentences, and finds long compounds', () => {
    const figures = plainLanguageFigures(
      'Je kreeg een sms van de politie. Je hoeft niets te doen. Schuldhulpverlening is gratis!',
    );
    expect(figures).toEqual({
      words: 15,
      sentences: 3,
      wordsPerSentence: 5,
      longWords: ['Schuldhulpverlening'],
      longestSentence: 7,
    });
    expect(isPlainEnough(figures)).toBe(false);
  });

  it('treats line breaks as sentence ends and apostrophes as part of a word', () => {
    const figures = plainLanguageFigures("Bel ons\nOf stuur een sms'je.");
    expect(figures.sentences).toBe(2);
    expect(figures.words).toBe(6);
    expect(isPlainEnough(figures)).toBe(true);
  });

  it('flags a sentence of more than 15 words even when the average is low', () => {
    const long = Array.from({ length: 16 }, () => 'woord').join(' ') + '.';
    const figures = plainLanguageFigures(`${long} Ja. Ja. Ja. Ja. Ja. Ja.`);
    expect(figures.longestSentence).toBe(16);
    expect(figures.wordsPerSentence).toBeLessThan(4);
    expect(isPlainEnough(figures)).toBe(false);
  });

  it('gives zeros for an empty text', () => {
    expect(plainLanguageFigures('  ')).toEqual({
      words: 0,
      sentences: 0,
      wordsPerSentence: 0,
      longWords: [],
      longestSentence: 0,
    });
  });
});
