import { describe, expect, it } from 'vitest';
import {
  formatConversationKey,
  generateConversationKey,
  KEY_DIGITS,
  parseConversationKey,
} from './conversation-key';

describe('conversation keys', () => {
  it('has at least 50 bits of randomness', () => {
    expect(KEY_DIGITS * Math.log2(10)).toBeGreaterThan(50);
  });

  it('makes 16 digits from random bytes, discarding bytes that would bias the digits', () => {
    const bytes = [255, 250, 0, 9, 10, 249, ...Array.from({ length: 30 }, (_, index) => index + 11)];
    const key = generateConversationKey((n) => Uint8Array.from(bytes.slice(0, n)));
    expect(key).toMatch(/^\d{16}$/);
    // 255 and 250 are skipped; 0 → 0, 9 → 9, 10 → 0, 249 → 9, 11 → 1, …
    expect(key.startsWith('0909')).toBe(true);
    expect(new Set(Array.from({ length: 200 }, () => generateConversationKey())).size).toBe(200);
  });

  it('refuses a random source that gives nothing', () => {
    expect(() => generateConversationKey(() => new Uint8Array(0))).toThrow();
  });

  it('shows four groups of four and reads back what people type', () => {
    expect(formatConversationKey('1234567890123456')).toBe('1234 5678 9012 3456');
    for (const typed of [
      '1234 5678 9012 3456',
      '1234-5678-9012-3456',
      '1234567890123456',
      ' 1234  5678\t9012 3456 ',
      '1234–5678—9012-3456',
      '１２３４ ５６７８ ９０１２ ３４５６',
      '1234.5678.9012.3456',
    ]) {
      expect(parseConversationKey(typed), typed).toBe('1234567890123456');
    }
  });

  it('refuses anything that is not 16 digits', () => {
    for (const typed of [
      '',
      '1234 5678 9012 345',
      '1234 5678 9012 34567',
      '1234 5678 9O12 3456',
      '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦',
      '1'.repeat(16) + ' '.repeat(60),
      '<script>',
    ]) {
      expect(parseConversationKey(typed), typed).toBeNull();
    }
  });
});
