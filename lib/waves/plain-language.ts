/**
 * Figures an editor can check a short text against while writing it for B1 readers: sentence length and long words
 * (the two things readability checks for Dutch, such as the Leesniveau-tool, weigh most). Only a guide; the text
 * stays the editor's call.
 */
export interface PlainLanguageFigures {
  words: number;
  sentences: number;
  /** Words per sentence, rounded to one decimal; 0 for an empty text. */
  wordsPerSentence: number;
  /** Words of 13 letters or more: in Dutch mostly compounds, which B1 readers stumble on. */
  longWords: string[];
  /** The longest sentence, in words. */
  longestSentence: number;
}

/** B1 guidance: sentences of at most about 15 words, on average 10 or fewer. */
export const PLAIN_LANGUAGE_LIMITS = { averageWords: 10, sentenceWords: 15, longWordLetters: 13 } as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function plainLanguageFigures(text: string): PlainLanguageFigures {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.match(WORD) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const letters = (word: string) => word.replace(/[^\p{L}]/gu, '').length;
  return {
    words: words.length,
    sentences: sentences.length,
    wordsPerSentence: sentences.length === 0 ? 0 : Math.round((words.length / sentences.length) * 10) / 10,
    longWords: [...new Set(words.filter((word) => letters(word) >= PLAIN_LANGUAGE_LIMITS.longWordLetters))],
    longestSentence: Math.max(0, ...sentences.map((sentence) => sentence.length)),
  };
}

/** Whether the figures stay within the B1 guidance. */
export function isPlainEnough(figures: PlainLanguageFigures): boolean {
  return (
    figures.wordsPerSentence <= PLAIN_LANGUAGE_LIMITS.averageWords &&
    figures.longestSentence <= PLAIN_LANGUAGE_LIMITS.sentenceWords &&
    figures.longWords.length === 0
  );
}
