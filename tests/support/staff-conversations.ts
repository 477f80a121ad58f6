import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { encryptField, parseKeyring } from '@/lib/contact/crypto';
import { conversationMessageAad } from '@/lib/conversations/aad';
import { E2E_DATABASE_FILE, E2E_SERVER_ENV } from './e2e-env';

export interface SeededConversation {
  id: string;
  reference: string;
  teamId: string;
  /** The person's messages (and the team's), oldest first, as the case worker should see them. */
  messages: string[];
}

type Status = 'new' | 'waiting_for_us' | 'waiting_for_person' | 'deleted';

const hourAgo = (hours: number) =>
  new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - hours * 3_600_000)
    .toISOString()
    .replace('Z', '+00:00');

/** Removes every request and conversation (the demo data has some), so a spec starts from a known inbox. */
export function clearConversations(): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    db.exec('DELETE FROM "ConversationMessage"; DELETE FROM "RequestNote"; DELETE FROM "ContactRequest";');
  } finally {
    db.close();
  }
}

/**
 * Conversations written the way the server stores them: a request row with reach "conversation", messages encrypted
 * with the AAD that binds them to the conversation, times rounded to the hour. The key hash is a placeholder: these
 * specs are about the case workers' side, which never sees or needs the key.
 */
export function seedConversations(
  specs: {
    teamId: string;
    status: Status;
    /** Oldest first: who wrote and how many hours ago. */
    messages: { author: 'person' | 'team'; hoursAgo: number; label?: string }[];
    /** Since when the person has waited (hours ago), for new and waiting_for_us. */
    waitingHoursAgo?: number;
  }[],
): SeededConversation[] {
  const keyring = parseKeyring(E2E_SERVER_ENV.ENCRYPTION_KEYS!);
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const request = db.prepare(
      `INSERT INTO "ContactRequest" ("id","reference","audience","topic","wave","reach","whenWish","mayIdentify","status",
        "teamId","keyId","notified","receivedAt","updatedAt","conversationKeyHash","conversationLookup",
        "lastActivityAt","waitingSince","firstAnsweredAt","answerUnread","answerRead")
       VALUES (?,?,'recipient','exit','utr-x7k2','conversation','',0,?,?,?,1,?,?,?,?,?,?,?,?,0)`,
    );
    const message = db.prepare(
      `INSERT INTO "ConversationMessage" ("id","requestId","seq","author","label","authorId","keyId","bodyCipher","createdAt")
       VALUES (?,?,?,?,?,'',?,?,?)`,
    );
    return specs.map((spec) => {
      const id = randomUUID();
      const reference = `C${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`;
      const first = spec.messages[0]!;
      const last = spec.messages.at(-1)!;
      const firstAnswer = spec.messages.find((item) => item.author === 'team');
      const deleted = spec.status === 'deleted';
      request.run(
        id,
        reference,
        spec.status,
        spec.teamId,
        keyring.currentKeyId,
        hourAgo(first.hoursAgo),
        hourAgo(last.hoursAgo),
        deleted ? null : '$argon2id$placeholder',
        deleted ? null : 'abcd',
        hourAgo(last.hoursAgo),
        spec.waitingHoursAgo === undefined ? null : hourAgo(spec.waitingHoursAgo),
        firstAnswer ? hourAgo(firstAnswer.hoursAgo) : null,
        last.author === 'team' ? 1 : 0,
      );
      const texts: string[] = [];
      if (!deleted) {
        spec.messages.forEach((item, index) => {
          const messageId = randomUUID();
          const text = `${item.author === 'person' ? 'Vraag' : 'Antwoord'} ${index + 1} in ${reference}: kan iemand helpen?`;
          const field = encryptField(
            keyring,
            text,
            conversationMessageAad(reference, messageId, item.author),
          );
          message.run(
            messageId,
            id,
            index + 1,
            item.author,
            item.label ?? '',
            field.keyId,
            field.ciphertext,
            hourAgo(item.hoursAgo),
          );
          texts.push(text);
        });
      }
      return { id, reference, teamId: spec.teamId, messages: texts };
    });
  } finally {
    db.close();
  }
}

/** A second case worker, in another team, with the demo password (its hash copied from the demo case worker). */
export function addCaseworker(email: string, teamId: string): void {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const { passwordHash } = db
      .prepare('SELECT "passwordHash" FROM "StaffUser" WHERE "email" = ?')
      .get('hulpverlener@uitweg.test') as { passwordHash: string };
    const id = randomUUID();
    db.prepare(
      `INSERT INTO "StaffUser" ("id","email","name","passwordHash","roles","active","createdAt")
       VALUES (?,?,?,?,'caseworker',1,?) ON CONFLICT ("email") DO NOTHING`,
    ).run(id, email, 'Kim van Dijk', passwordHash, new Date().toISOString().replace('Z', '+00:00'));
    const user = db.prepare('SELECT "id" FROM "StaffUser" WHERE "email" = ?').get(email) as { id: string };
    db.prepare('INSERT INTO "StaffTeam" ("userId","teamId") VALUES (?,?) ON CONFLICT DO NOTHING').run(
      user.id,
      teamId,
    );
  } finally {
    db.close();
  }
}
