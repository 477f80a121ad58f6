import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { decryptField, encryptField, parseKeyring } from '@/lib/contact/crypto';
import { conversationMessageAad } from '@/lib/conversations/aad';
import { parseConversationKey } from '@/lib/conversations/conversation-key';
import { conversationLookupPrefix } from '@/lib/conversations/lookup-prefix';
import { conversationSecret } from '@/lib/conversations/secrets';
import { E2E_DATABASE_FILE, E2E_SERVER_ENV } from './e2e-env';

const keyring = () => parseKeyring(E2E_SERVER_ENV.ENCRYPTION_KEYS!);

/**
 * The conversation a key opens, found the way the server finds it (the keyed lookup prefix), and confirmed by its
 * first message: the database has nothing else to go on.
 */
export function findConversation(key: string, firstMessage: string): { id: string; reference: string } {
  const canonical = parseConversationKey(key);
  if (!canonical) throw new Error(`not a key: ${key}`);
  const prefix = conversationLookupPrefix(
    conversationSecret(E2E_SERVER_ENV.APP_SECRET!, 'lookupPrefix'),
    canonical,
  );
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT "id", "reference" FROM "ContactRequest" WHERE "conversationLookup" = ?')
      .all(prefix) as { id: string; reference: string }[];
    const first = db.prepare(
      'SELECT "id", "keyId", "bodyCipher" FROM "ConversationMessage" WHERE "requestId" = ? ORDER BY "seq" LIMIT 1',
    );
    for (const row of rows) {
      const message = first.get(row.id) as { id: string; keyId: string; bodyCipher: string } | undefined;
      if (!message) continue;
      const body = decryptField(
        keyring(),
        { keyId: message.keyId, ciphertext: message.bodyCipher },
        conversationMessageAad(row.reference, message.id, 'person'),
      );
      if (body === firstMessage) return row;
    }
  } finally {
    db.close();
  }
  throw new Error('conversation not found');
}

/**
 * A case worker's answer, written the way lib/server/conversations/team.ts writes it (encrypted, bound to the
 * conversation, hour-rounded), for browser tests of the person's side while the staff screens are built elsewhere.
 */
export function seedTeamReply(
  conversation: { id: string; reference: string },
  body: string,
  label: string,
): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const id = randomUUID();
    const at = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString().replace('Z', '+00:00');
    const field = encryptField(keyring(), body, conversationMessageAad(conversation.reference, id, 'team'));
    const { seq } = db
      .prepare('SELECT COALESCE(MAX("seq"), 0) AS seq FROM "ConversationMessage" WHERE "requestId" = ?')
      .get(conversation.id) as { seq: number };
    db.transaction(() => {
      db.prepare(
        `UPDATE "ContactRequest" SET "status" = 'waiting_for_person', "answerUnread" = 1, "waitingSince" = NULL,
           "lastActivityAt" = ?, "firstAnsweredAt" = COALESCE("firstAnsweredAt", ?), "updatedAt" = ? WHERE "id" = ?`,
      ).run(at, at, at, conversation.id);
      db.prepare(
        `INSERT INTO "ConversationMessage" ("id","requestId","seq","author","label","authorId","keyId","bodyCipher","createdAt")
         VALUES (?,?,?,'team',?,'e2e-caseworker',?,?,?)`,
      ).run(id, conversation.id, seq + 1, label, field.keyId, field.ciphertext, at);
    })();
  } finally {
    db.close();
  }
}

/**
 * Starts a test with fresh hourly limits for the loopback address every browser test shares: the contact form's
 * per-address limit follows the server's own clock (a request header never moves it), so the requests other specs
 * sent this hour would otherwise count against this one.
 */
export function clearVisitorLimits(): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    db.exec('DELETE FROM "RateLimitBucket"; DELETE FROM "ConversationLookupDelay";');
  } finally {
    db.close();
  }
}

/** As if the person waited out the delay after a wrong key (the hourly count stays). */
export function clearLookupDelays(): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    db.exec('DELETE FROM "ConversationLookupDelay";');
  } finally {
    db.close();
  }
}
