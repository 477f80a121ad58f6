import { describe, expect, it } from 'vitest';
import { conversationLookupPrefix, LOOKUP_PREFIX_HEX_CHARS } from './lookup-prefix';
import { conversationSecret } from './secrets';

const APP_SECRET = 'lookup-test-secret-lookup-test-secret!!';

describe('conversation lookup prefix and secrets', () => {
  it('is a few hex characters of a keyed hash, the same for the same key', () => {
    const secret = conversationSecret(APP_SECRET, 'lookupPrefix');
    const prefix = conversationLookupPrefix(secret, '1234567890123456');
    expect(prefix).toMatch(new RegExp(`^[0-9a-f]{${LOOKUP_PREFIX_HEX_CHARS}}$`));
    expect(conversationLookupPrefix(secret, '1234567890123456')).toBe(prefix);
    // Too few bits to identify a key: many keys share each prefix.
    expect(LOOKUP_PREFIX_HEX_CHARS * 4).toBeLessThanOrEqual(20);
  });

  it('depends on the secret, and each purpose has a secret of its own', () => {
    const one = conversationSecret(APP_SECRET, 'lookupPrefix');
    const other = conversationSecret(`${APP_SECRET}x`, 'lookupPrefix');
    const keys = Array.from({ length: 20 }, (_, index) => String(1234567890123400 + index));
    expect(keys.map((key) => conversationLookupPrefix(one, key))).not.toEqual(
      keys.map((key) => conversationLookupPrefix(other, key)),
    );
    const purposes = (['lookupPrefix', 'lookupLimit', 'lookupDelay'] as const).map((purpose) =>
      conversationSecret(APP_SECRET, purpose).toString('hex'),
    );
    expect(new Set(purposes).size).toBe(3);
    expect(() => conversationSecret('short', 'lookupPrefix')).toThrow();
  });
});
