import { describe, expect, it } from 'vitest';

import { REFERENCE_ALPHABET, generateReferenceCode, normalizeReferenceCode } from './reference-code';

const FORMAT = new RegExp(`^[${REFERENCE_ALPHABET}]{2}-[${REFERENCE_ALPHABET}]{4}$`);

describe('generateReferenceCode', () => {
  it('uses a 29-symbol alphabet without look-alikes', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(29);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(29);
    for (const confusable of '01ILOUV') expect(REFERENCE_ALPHABET).not.toContain(confusable);
  });

  it('produces XX-XXXX codes that round-trip through normalisation', () => {
    for (let i = 0; i < 1000; i++) {
      const code = generateReferenceCode();
      expect(code).toMatch(FORMAT);
      expect(normalizeReferenceCode(code)).toBe(code);
    }
  });

  it('sees every symbol, and roughly uniformly, over 10k codes', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      for (const symbol of generateReferenceCode().replace('-', ''))
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...REFERENCE_ALPHABET].sort().join(''));
    const expected = 60_000 / 29;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // 28 degrees of freedom: a fair source exceeds 75 with p < 0.00001; `byte % 29` bias scores ~140.
    expect(chiSquare).toBeLessThan(75);
  });

  it('discards bytes that would cause modulo bias', () => {
    // 232..255 must be skipped; 0 -> '2', 28 -> 'Z', 231 -> 231 % 29 = 28 -> 'Z'.
    const bytes = [232, 255, 0, 240, 28, 231, 1, 2, 3, 250, 251, 252];
    const code = generateReferenceCode((n) => Uint8Array.from(bytes.slice(0, n)));
    expect(code).toBe('2Z-Z345');
  });

  it('keeps drawing when a batch is all rejected', () => {
    let call = 0;
    const code = generateReferenceCode((n) => new Uint8Array(n).fill(call++ === 0 ? 255 : 9));
    expect(code).toBe('BB-BBBB');
  });

  it('fails instead of spinning on a broken random source', () => {
    expect(() => generateReferenceCode(() => new Uint8Array(0))).toThrow();
  });
});

describe('normalizeReferenceCode', () => {
  it.each([
    ['K7-42QF', 'K7-42QF'],
    ['k7-42qf', 'K7-42QF'],
    ['K742QF', 'K7-42QF'],
    ['  k7 42 qf ', 'K7-42QF'],
    ['K7 – 42QF', 'K7-42QF'],
    ['K7‑42QF', 'K7-42QF'],
    ['K7.42.QF', 'K7-42QF'],
    ['Ｋ７－４２ＱＦ', 'K7-42QF'],
  ])('accepts %j', (input, expected) => {
    expect(normalizeReferenceCode(input)).toBe(expected);
  });

  it.each([
    '',
    'K7-42Q',
    'K7-42QFF',
    'K0-42QF',
    'KO-42QF',
    'K1-42QF',
    'KI-42QF',
    'KL-42QF',
    'KU-42QF',
    'KV-42QF',
    'K7-42Q!',
    'K7/42QF',
    'K7-42QF'.repeat(6),
  ])('rejects %j', (input) => {
    expect(normalizeReferenceCode(input)).toBeNull();
  });
});
