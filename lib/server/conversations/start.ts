import 'server-only';
import { randomUUID } from 'node:crypto';
import { CONVERSATION_REACH } from '@/lib/auth/request-status';
import type { Keyring } from '@/lib/contact/crypto';
import { formatConversationKey, generateConversationKey } from '@/lib/conversations/conversation-key';
import { generateReferenceCode } from '@/lib/contact/reference-code';
import type { ContactInput } from '@/lib/contact/schema';
import { pickTeam } from '@/lib/contact/team-routing';
import { floorToHour } from '@/lib/counting/time';
import { getKeyring } from '@/lib/server/contact/keyring';
import { count } from '@/lib/server/counting/counter';
import type { Db } from '@/lib/server/db';
import { protectKey } from './key-hash';
import { appendMessage } from './messages';

export type ConversationInput = Extract<ContactInput, { reach: 'conversation' }>;

export interface StartedConversation {
  reference: string;
  /** The key as shown to the person, `1234 5678 9012 3456`. Returned once: only its hash is stored. */
  key: string;
  /** The promise of the team it was routed to, for "an answer by …" on the page that shows the key. */
  replyWithinDays: number;
}

/** The stored part of a new conversation, shared by startConversation and the demo data. */
export async function insertConversation(
  db: Db,
  input: {
    audience: string;
    topic: string;
    wave: string;
    /** The experiment arm's link code ('' for none). */
    arm?: string;
    /** The visitor language of the page it was started from ('' when unknown). */
    locale?: string;
    message: string;
    teamId: string;
    canonicalKey: string;
  },
  keyring: Keyring,
  now: Date,
): Promise<{ id: string; reference: string }> {
  const hour = floorToHour(now);
  const stored = await protectKey(input.canonicalKey);
  // A collision in a space of 594 million codes is rare; try again rather than fail the person.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const reference = generateReferenceCode();
    if (await db.contactRequest.findUnique({ where: { reference }, select: { id: true } })) continue;
    const id = randomUUID();
    await db.$transaction(async (tx) => {
      await tx.contactRequest.create({
        data: {
          id,
          reference,
          audience: input.audience,
          topic: input.topic,
          wave: input.wave,
          arm: input.arm ?? '',
          locale: input.locale ?? '',
          reach: CONVERSATION_REACH,
          teamId: input.teamId,
          keyId: keyring.currentKeyId,
          conversationKeyHash: stored.hash,
          conversationLookup: stored.lookup,
          receivedAt: hour,
          updatedAt: hour,
          lastActivityAt: hour,
          waitingSince: hour,
        },
      });
      await appendMessage(tx, keyring, {
        requestId: id,
        reference,
        author: 'person',
        body: input.message,
        createdAt: hour,
      });
    });
    return { id, reference };
  }
  throw new Error('Could not find a free reference code.');
}

/**
 * Starts a conversation from a validated contact form whose reach is "conversation": stored like a contact request
 * (routed to a team, times rounded to the hour), the first message encrypted, the key kept only as an Argon2id hash
 * and a short lookup prefix. Returns the reference and the key, once; the caller shows the key and forgets it.
 * The team is told by the notifier (the caller runs notifySoon, as for every request). Throws when nothing could be
 * stored, so the caller can tell the person to call instead.
 */
export async function startConversation(
  db: Db,
  input: ConversationInput,
  now = new Date(),
): Promise<StartedConversation> {
  if (!input.message) throw new Error('A conversation starts with a message (the form schema requires one).');
  const rules = await db.routingRule.findMany();
  const teamId = pickTeam(rules, input.audience, input.topic);
  if (!teamId) throw new Error('No routing rule matches; check the teams and routing rules.');
  const canonicalKey = generateConversationKey();
  const { reference } = await insertConversation(
    db,
    {
      audience: input.audience,
      topic: input.topic,
      wave: input.wave ?? '',
      arm: input.arm ?? '',
      locale: input.locale ?? '',
      message: input.message,
      teamId,
      canonicalKey,
    },
    getKeyring(),
    now,
  );
  const wave = input.wave ?? '';
  const arm = input.arm ?? '';
  count({ metric: 'conversation_start', wave, arm, audience: input.audience, topic: input.topic }, now);
  count({ metric: 'conversation_message', wave, arm }, now);
  const team = await db.team.findUnique({ where: { id: teamId }, select: { replyWithinDays: true } });
  return { reference, key: formatConversationKey(canonicalKey), replyWithinDays: team?.replyWithinDays ?? 2 };
}
