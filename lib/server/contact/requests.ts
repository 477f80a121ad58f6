import 'server-only';
import { randomUUID } from 'node:crypto';
import { openField, sealField } from '@/lib/contact/crypto';
import { generateReferenceCode } from '@/lib/contact/reference-code';
import type { ContactInput } from '@/lib/contact/schema';
import { pickTeam } from '@/lib/contact/team-routing';
import { floorToHour } from '@/lib/counting/time';
import type { Db } from '@/lib/server/db';
import { getKeyring } from './keyring';

export type PublicStatus = 'received' | 'picked_up' | 'answered';

/** What a visitor may see of their request: its status only. Closed counts as answered. */
export function publicStatus(status: string): PublicStatus {
  if (status === 'picked_up') return 'picked_up';
  if (status === 'answered' || status === 'closed') return 'answered';
  return 'received';
}

export const messageAad = (reference: string) => `${reference}:message`;
export const contactAad = (reference: string) => `${reference}:contact`;
export const noteAad = (noteId: string) => `${noteId}:note`;

function contactDetails(input: ContactInput): { reach: string; address: string } | null {
  if (input.reach === 'email') return { reach: 'email', address: input.email };
  if (input.reach === 'none' || input.reach === 'conversation') return null;
  return { reach: input.reach, address: input.phone };
}

/**
 * Stores a request: message and contact address encrypted, the rest queryable, times rounded to the hour, routed to
 * a team by the routing rules. Returns the reference code the visitor can quote. Throws when it could not be stored.
 */
export async function createContactRequest(db: Db, input: ContactInput, now = new Date()): Promise<string> {
  // A conversation without its key could never be opened again: startConversation stores one and returns the key.
  if (input.reach === 'conversation')
    throw new Error('A conversation is started with startConversation (lib/server/conversations/start.ts).');
  const rules = await db.routingRule.findMany();
  const teamId = pickTeam(rules, input.audience, input.topic);
  if (!teamId) throw new Error('No routing rule matches; check the teams and routing rules.');
  const keyring = getKeyring();
  const hour = floorToHour(now);
  const contact = contactDetails(input);
  // A collision in a space of 594 million codes is rare; try again rather than fail the visitor.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const reference = generateReferenceCode();
    if (await db.contactRequest.findUnique({ where: { reference }, select: { id: true } })) continue;
    const message = input.message
      ? sealField(keyring, 'request', input.message, messageAad(reference))
      : null;
    const address = contact
      ? sealField(keyring, 'request', JSON.stringify(contact), contactAad(reference))
      : null;
    await db.contactRequest.create({
      data: {
        id: randomUUID(),
        reference,
        audience: input.audience,
        topic: input.topic,
        wave: input.wave ?? '',
        arm: input.arm ?? '',
        locale: input.locale ?? '',
        reach: input.reach,
        whenWish: input.when ?? '',
        mayIdentify: input.mayIdentify,
        teamId,
        keyId: keyring.currentKeyId,
        messageCipher: message?.ciphertext ?? null,
        contactCipher: address?.ciphertext ?? null,
        receivedAt: hour,
        updatedAt: hour,
      },
    });
    return reference;
  }
  throw new Error('Could not find a free reference code.');
}

export async function findRequestStatus(db: Db, reference: string): Promise<PublicStatus | null> {
  const row = await db.contactRequest.findUnique({ where: { reference }, select: { status: true } });
  return row ? publicStatus(row.status) : null;
}

/** Decrypts a stored request for a case worker (the caller checks permissions and writes the audit entry). */
export function decryptRequest(row: {
  reference: string;
  keyId: string;
  messageCipher: string | null;
  contactCipher: string | null;
}): { message: string | null; contact: { reach: string; address: string } | null } {
  const keyring = getKeyring();
  const message = row.messageCipher
    ? openField(
        keyring,
        'request',
        { keyId: row.keyId, ciphertext: row.messageCipher },
        messageAad(row.reference),
      )
    : null;
  const contact = row.contactCipher
    ? (JSON.parse(
        openField(
          keyring,
          'request',
          { keyId: row.keyId, ciphertext: row.contactCipher },
          contactAad(row.reference),
        ),
      ) as { reach: string; address: string })
    : null;
  return { message, contact };
}
