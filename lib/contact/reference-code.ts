// Reference codes let an anonymous visitor look up the status of their request without an account.
// Runs in the browser and on the server: uses only Web Crypto.
//
// Code space: 29^6 = 594,823,321 codes (~29.1 bits). That is plenty to avoid collisions for a
// municipality-sized volume, but far too small to resist guessing on its own: status lookups MUST be
// rate-limited (per address bucket and globally), and a lookup must never reveal message contents.

// No 0/O, 1/I/L, U/V: the code is read aloud on the phone and copied from an SMS by hand.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

const CODE_LENGTH = 6;
const GROUP_SPLIT = 2;
// Largest multiple of the alphabet size that fits in a byte; bytes at or above it are discarded so
// every symbol is exactly equally likely (a plain `byte % 29` would favour the first 24 symbols).
const REJECT_FROM = 256 - (256 % REFERENCE_ALPHABET.length);

export type RandomBytes = (n: number) => Uint8Array;

const webRandomBytes: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function generateReferenceCode(randomBytes: RandomBytes = webRandomBytes): string {
  let symbols = '';
  while (symbols.length < CODE_LENGTH) {
    // Over-request so one call nearly always suffices (~9% of bytes are rejected).
    const bytes = randomBytes(CODE_LENGTH * 2);
    // Guards against a broken injected source spinning forever.
    if (bytes.length === 0) throw new Error('randomBytes returned no bytes');
    for (const byte of bytes) {
      if (byte >= REJECT_FROM) continue;
      symbols += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length];
      if (symbols.length === CODE_LENGTH) break;
    }
  }
  return `${symbols.slice(0, GROUP_SPLIT)}-${symbols.slice(GROUP_SPLIT)}`;
}

const SEPARATORS = /[\s\-\u2010-\u2015\u2212_.]/gu;
const CANONICAL_SYMBOLS = new RegExp(`^[${REFERENCE_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * Accepts what people actually type (lowercase, spaces, phone-keyboard dashes, no dash at all) and
 * returns the canonical `XX-XXXX`, or null. Look-alike characters (O, 0, I, 1, L, U, V) are rejected
 * rather than guessed: a wrong guess could show someone else's status.
 */
export function normalizeReferenceCode(input: string): string | null {
  // Cheap bound before any regex work; a real code with generous spacing is far shorter.
  if (input.length > 32) return null;
  const compact = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  if (!CANONICAL_SYMBOLS.test(compact)) return null;
  return `${compact.slice(0, GROUP_SPLIT)}-${compact.slice(GROUP_SPLIT)}`;
}
