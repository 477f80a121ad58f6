// Server-only by nature (node:crypto and a secret).
//
// A conversation key is stored only as an Argon2id hash, which cannot be searched. The lookup prefix tells the server
// which few rows to try the slow hash against: the first LOOKUP_PREFIX_HEX_CHARS hex characters of an HMAC of the key.
//
// Why only a few characters: the HMAC is fast. A full HMAC of a 53-bit key in the database would let anyone holding
// the database AND APP_SECRET recover every key by brute force in hours, making the Argon2id hash pointless. Four hex
// characters (16 bits) give such an attacker only 16 of the 53 bits; the other 2^37 candidates per row must each be
// tried through Argon2id, which is out of reach. Meanwhile 65,536 prefixes keep a look-up to a handful of rows even
// with many thousands of live conversations (conversations are deleted after weeks without activity).
import { createHmac } from 'node:crypto';

export const LOOKUP_PREFIX_HEX_CHARS = 4;

export function conversationLookupPrefix(secret: Buffer, canonicalKey: string): string {
  if (secret.length < 16) throw new Error('Lookup secret must be at least 16 bytes');
  return createHmac('sha256', secret)
    .update(`uitweg:conversation-key:${canonicalKey}`)
    .digest('hex')
    .slice(0, LOOKUP_PREFIX_HEX_CHARS);
}
