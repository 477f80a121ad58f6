// Conversation keys: what an anonymous person writes down to open their conversation on this site again. There is no
// account, no cookie and no e-mail: the key is the only way in. Runs in the browser and on the server (Web Crypto).
//
// 16 decimal digits from a CSPRNG: 10^16 keys, about 53 bits. Digits because they are easy to write down, to read out
// and to type on a phone's number pad; shown as four groups of four. 53 bits cannot be guessed online under the
// look-up limits (lib/server/conversations/limits.ts), and the server keeps only a slow hash of the key.

export const KEY_DIGITS = 16;
const GROUP = 4;
// Bytes at or above 250 are discarded so each digit is exactly equally likely (256 % 10 would favour 0 to 5).
const REJECT_FROM = 250;

export type RandomBytes = (n: number) => Uint8Array;

const webRandomBytes: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** A fresh key as 16 digits without separators (the canonical form that is hashed). */
export function generateConversationKey(randomBytes: RandomBytes = webRandomBytes): string {
  let digits = '';
  while (digits.length < KEY_DIGITS) {
    const bytes = randomBytes(KEY_DIGITS * 2);
    // Guards against a broken injected source spinning forever.
    if (bytes.length === 0) throw new Error('randomBytes returned no bytes');
    for (const byte of bytes) {
      if (byte >= REJECT_FROM) continue;
      digits += String(byte % 10);
      if (digits.length === KEY_DIGITS) break;
    }
  }
  return digits;
}

/** `1234 5678 9012 3456`: how the key is shown and how people are asked to write it down. */
export function formatConversationKey(canonical: string): string {
  const groups: string[] = [];
  for (let index = 0; index < canonical.length; index += GROUP)
    groups.push(canonical.slice(index, index + GROUP));
  return groups.join(' ');
}

// Spaces, dashes of every kind, dots, slashes and underscores: whatever people put between the groups.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_./]/gu;
const CANONICAL = new RegExp(`^\\d{${KEY_DIGITS}}$`);

/**
 * Accepts what people type (groups with spaces or dashes, no separators, full-width digits from some phone keyboards)
 * and returns the 16 canonical digits, or null. Letters are refused, not guessed: a key is digits only.
 */
export function parseConversationKey(input: string): string | null {
  // A cheap bound before any regex work; a real key with generous spacing is far shorter.
  if (input.length > 64) return null;
  const compact = input.normalize('NFKC').replace(SEPARATORS, '');
  // \d is ASCII-only in JavaScript, so Arabic-Indic and other digits that survive NFKC are refused too.
  return CANONICAL.test(compact) ? compact : null;
}
