import 'server-only';
import { randomUUID } from 'node:crypto';
import type { MessageAuthor } from '@/lib/auth/request-status';
import { conversationMessageAad } from '@/lib/conversations/aad';
import { decryptField, encryptField, type Keyring } from '@/lib/contact/crypto';
import type { Db } from '@/lib/server/db';

type Tx = Pick<Db, 'conversationMessage'>;

export interface NewMessage {
  requestId: string;
  reference: string;
  author: MessageAuthor;
  body: string;
  /** Team messages: the name shown to the person, and the case worker (kept for staff). */
  label?: string;
  authorId?: string;
  /** Rounded to the hour by the caller, like every stored time. */
  createdAt: Date;
}

/**
 * Appends a message, encrypted with an AAD that binds it to its conversation, its id and its author. Every writer
 * updates the request row first in the same transaction, which serializes writers of one conversation, so the next
 * `seq` is free; the unique (requestId, seq) is the backstop.
 */
export async function appendMessage(tx: Tx, keyring: Keyring, message: NewMessage): Promise<string> {
  const last = await tx.conversationMessage.findFirst({
    where: { requestId: message.requestId },
    orderBy: { seq: 'desc' },
    select: { seq: true },
  });
  const id = randomUUID();
  const field = encryptField(
    keyring,
    message.body,
    conversationMessageAad(message.reference, id, message.author),
  );
  await tx.conversationMessage.create({
    data: {
      id,
      requestId: message.requestId,
      seq: (last?.seq ?? 0) + 1,
      author: message.author,
      label: message.label ?? '',
      authorId: message.authorId ?? '',
      keyId: field.keyId,
      bodyCipher: field.ciphertext,
      createdAt: message.createdAt,
    },
  });
  return id;
}

export interface DecryptedMessage {
  id: string;
  seq: number;
  author: MessageAuthor;
  label: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

/** Every message of a conversation, oldest first, decrypted. */
export async function readMessages(
  db: Pick<Db, 'conversationMessage'>,
  keyring: Keyring,
  request: { id: string; reference: string },
): Promise<DecryptedMessage[]> {
  const rows = await db.conversationMessage.findMany({
    where: { requestId: request.id },
    orderBy: { seq: 'asc' },
  });
  return rows.map((row) => {
    const author: MessageAuthor = row.author === 'team' ? 'team' : 'person';
    return {
      id: row.id,
      seq: row.seq,
      author,
      label: row.label,
      authorId: row.authorId,
      body: decryptField(
        keyring,
        { keyId: row.keyId, ciphertext: row.bodyCipher },
        conversationMessageAad(request.reference, row.id, author),
      ),
      createdAt: row.createdAt,
    };
  });
}
