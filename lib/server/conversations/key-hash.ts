import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { conversationLookupPrefix } from '@/lib/conversations/lookup-prefix';
import { secretFor } from './secrets';

// Argon2id with the same parameters as staff passwords (lib/server/auth/passwords.ts): OWASP's minimum of 19 MiB,
// 2 passes, 1 lane. @node-rs/argon2 hashes with Argon2id by default.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface StoredKey {
  hash: string;
  lookup: string;
}

/** What the database keeps of a conversation key: its slow hash and its short keyed lookup prefix. */
export async function protectKey(canonicalKey: string): Promise<StoredKey> {
  return {
    hash: await hash(canonicalKey, OPTIONS),
    lookup: conversationLookupPrefix(secretFor('lookupPrefix'), canonicalKey),
  };
}

export function lookupPrefixOf(canonicalKey: string): string {
  return conversationLookupPrefix(secretFor('lookupPrefix'), canonicalKey);
}

// Verified when no row has the prefix, so a key that matches nothing takes as long as one that matches a row.
let dummyHash: Promise<string> | undefined;

/** The id of the row whose hash matches the key, or null; always runs at least one Argon2id verification. */
export async function matchKey(
  candidates: readonly { id: string; conversationKeyHash: string | null }[],
  canonicalKey: string,
): Promise<string | null> {
  const hashed = candidates.filter((row) => row.conversationKeyHash !== null);
  if (hashed.length === 0) {
    dummyHash ??= hash('uitweg-no-such-conversation-key', OPTIONS);
    await verify(await dummyHash, canonicalKey).catch(() => false);
    return null;
  }
  for (const row of hashed) {
    const ok = await verify(row.conversationKeyHash!, canonicalKey).catch(() => false);
    if (ok) return row.id;
  }
  return null;
}
