// Every AES-GCM additional-data string of the conversation store, in one place. The AAD binds a ciphertext to its
// conversation, its message and its author, so a ciphertext copied into another conversation, another message or
// flipped from "person" to "team" in the database fails to decrypt instead of being shown.
//
// When the key ring gets per-purpose keys (lib/contact/crypto.ts), CONVERSATION_PURPOSE is the purpose to ask for.
import type { MessageAuthor } from '@/lib/auth/request-status';

export const CONVERSATION_PURPOSE = 'conversation';

export function conversationMessageAad(reference: string, messageId: string, author: MessageAuthor): string {
  return `${CONVERSATION_PURPOSE}:${reference}:${messageId}:${author}`;
}
