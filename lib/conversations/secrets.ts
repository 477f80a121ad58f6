// Server-only by nature (node:crypto and APP_SECRET).
//
// Every secret the conversation code keys a hash with is derived from APP_SECRET for one purpose only (HKDF with the
// purpose as info), so a value computed for one purpose never matches one computed for another, and none of them
// equals the secrets the contact form uses.
import { hkdfSync } from 'node:crypto';

export const CONVERSATION_SECRET_PURPOSES = {
  /** The keyed lookup prefix of a conversation key. */
  lookupPrefix: 'uitweg:conversation:lookup-prefix:v1',
  /** The hourly look-up buckets per hashed address (RateLimitBucket). */
  lookupLimit: 'uitweg:conversation:lookup-limit:v1',
  /** The growing delay after wrong keys per hashed address (ConversationLookupDelay). */
  lookupDelay: 'uitweg:conversation:lookup-delay:v1',
} as const;

export type ConversationSecretPurpose = keyof typeof CONVERSATION_SECRET_PURPOSES;

export function conversationSecret(appSecret: string, purpose: ConversationSecretPurpose): Buffer {
  if (appSecret.length < 32) throw new Error('APP_SECRET must be at least 32 characters');
  return Buffer.from(hkdfSync('sha256', appSecret, '', CONVERSATION_SECRET_PURPOSES[purpose], 32));
}
