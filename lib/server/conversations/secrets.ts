import 'server-only';
import { type ConversationSecretPurpose, conversationSecret } from '@/lib/conversations/secrets';
import { getConfig } from '@/lib/server/config';

const cache = new Map<string, Buffer>();

/** The secret for one purpose, derived from APP_SECRET once per process. */
export function secretFor(purpose: ConversationSecretPurpose): Buffer {
  const appSecret = getConfig().APP_SECRET;
  const id = `${purpose}:${appSecret}`;
  let secret = cache.get(id);
  if (!secret) {
    secret = conversationSecret(appSecret, purpose);
    cache.set(id, secret);
  }
  return secret;
}
