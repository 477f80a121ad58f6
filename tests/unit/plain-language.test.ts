import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Plain language (B1) for the Dutch visitor copy: average sentence length and Flesch-Douma reading ease.
 * Staff-facing namespaces are left out: they are read by trained staff at work, not by visitors.
 */
const STAFF_PREFIXES = ['Staff', 'Dashboard', 'Login', 'Admin', 'Inbox'];
const MAX_AVERAGE_SENTENCE_WORDS = 12;
const MIN_FLESCH_DOUMA = 65;

type MessageTree = { [key: string]: string | MessageTree };

function strings(tree: MessageTree | string): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree).flatMap(strings);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return text.length - 1;
}

/** The readable text of an ICU message: tags and simple placeholders dropped, plural/select read as `other`. */
function readableText(message: string): string {
  let out = '';
  let index = 0;
  while (index < message.length) {
    const char = message[index] ?? '';
    if (char !== '{') {
      out += char;
      index += 1;
      continue;
    }
    const end = matchingBrace(message, index);
    const inner = message.slice(index + 1, end);
    const choice = /^\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,([\s\S]*)$/.exec(inner);
    if (choice?.[1]) {
      const branches = choice[1];
      const other = /(?:^|\s)other\s*\{/.exec(branches);
      if (other) {
        const open = other.index + other[0].length - 1;
        out += readableText(branches.slice(open + 1, matchingBrace(branches, open))).replace(/#/g, '');
      }
    }
    index = end + 1;
  }
  return out.replace(/<\/?[A-Za-z][\w-]*\s*\/?>/g, '');
}

function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)))
    .filter((words) => words.length > 0);
}

/** Vowel groups: consecutive vowels (ee, oe, ui, ij's i …) count once; a diaeresis starts a new syllable. */
function syllables(word: string): number {
  const plain = word
    .replace(/([äëïöü])/g, '-$1')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return Math.max(1, plain.match(/[aeiouy]+/g)?.length ?? 0);
}

function measure(texts: string[]) {
  const all = texts.flatMap((text) => sentences(readableText(text)));
  const words = all.flat();
  const sentenceCount = all.length;
  const wordCount = words.length;
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const averageSentenceLength = wordCount / sentenceCount;
  const fleschDouma = 206.835 - 0.93 * averageSentenceLength - 77 * (syllableCount / wordCount);
  return { sentenceCount, wordCount, syllableCount, averageSentenceLength, fleschDouma, sentences: all };
}

const nl = JSON.parse(readFileSync(join(process.cwd(), 'messages', 'nl.json'), 'utf8')) as MessageTree;
const visitorNamespaces = Object.keys(nl).filter(
  (namespace) => !STAFF_PREFIXES.some((prefix) => namespace.startsWith(prefix)),
);

describe('plain language (Dutch visitor copy)', () => {
  it('counts syllables by vowel groups', () => {
    expect(syllables('verslaving')).toBe(3);
    expect(syllables('huis')).toBe(1);
    expect(syllables('politie')).toBe(3);
    expect(syllables('geïnteresseerd')).toBe(5);
    expect(syllables('0900-8844')).toBe(1);
    expect(readableText('Bel <call>{number}</call> nu.')).toBe('Bel  nu.');
    expect(readableText('Nog {count, plural, one {# keer} other {# keren}}.')).toBe('Nog  keren.');
    expect(sentences('Eén. Twee woorden! Drie? Vier')).toEqual([
      ['Eén.'],
      ['Twee', 'woorden!'],
      ['Drie?'],
      ['Vier'],
    ]);
  });

  it('stays short and easy to read', () => {
    const texts = visitorNamespaces.flatMap((namespace) => strings(nl[namespace] ?? ''));
    const result = measure(texts);
    const longest = [...result.sentences]
      .sort((a, b) => b.length - a.length)
      .slice(0, 5)
      .map((words) => `${words.length}: ${words.join(' ')}`);
    console.log(
      `Dutch visitor copy (${visitorNamespaces.length} namespaces): ${result.sentenceCount} sentences, ` +
        `${result.wordCount} words; average sentence length ${result.averageSentenceLength.toFixed(2)} words ` +
        `(target ≤ ${MAX_AVERAGE_SENTENCE_WORDS}); Flesch-Douma ${result.fleschDouma.toFixed(1)} ` +
        `(target ≥ ${MIN_FLESCH_DOUMA}). Longest sentences:\n  ${longest.join('\n  ')}`,
    );
    expect(result.averageSentenceLength).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE_WORDS);
    expect(result.fleschDouma).toBeGreaterThanOrEqual(MIN_FLESCH_DOUMA);
  });
});
