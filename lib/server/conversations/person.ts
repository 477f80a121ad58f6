import 'server-only';
import { CONVERSATION_REACH, nextConversationStatus } from '@/lib/auth/request-status';
import { MESSAGE_MAX_CODE_POINTS } from '@/lib/contact/options';
import { cleanText, codePointLength } from '@/lib/contact/text';
import { parseConversationKey } from '@/lib/conversations/conversation-key';
import { replyDeadline } from '@/lib/conversations/reply-promise';
import { amsterdamDay, floorToHour } from '@/lib/counting/time';
import type { IsoDay } from '@/lib/counting/types';
import { getConfig } from '@/lib/server/config';
import { getKeyring } from '@/lib/server/contact/keyring';
import { notifySoon } from '@/lib/server/contact/notifier';
import { count } from '@/lib/server/counting/counter';
import type { Db } from '@/lib/server/db';
import { lookupPrefixOf, matchKey } from './key-hash';
import { admitLookup, recordWrongKey } from './limits';
import { appendMessage, readMessages } from './messages';

const DAY_MS = 86_400_000;

/** What the person typed and where from: the address is only hashed, for the look-up limits. */
export interface KeyAttempt {
  key: string;
  address: string;
  /** The proof-of-work solution when JavaScript ran; without one the lower hourly limit applies. */
  proofOfWork?: string | null;
}

/**
 * A wrong key, a conversation that expired or was deleted: all `not-found`, so the answer reveals nothing. `throttled`
 * when the look-up limits refuse to try (too many look-ups this hour, or too soon after a wrong key), with the moment
 * from which a look-up from this address is tried again.
 */
export type LookupFailure =
  { ok: false; reason: 'not-found' } | { ok: false; reason: 'throttled'; retryAt: Date };

export interface ConversationMessageView {
  author: 'person' | 'team';
  /** Team messages: the first name or team label the case worker chose; '' for the person's own messages. */
  label: string;
  body: string;
  /** Amsterdam day only: the person sees no times. */
  day: IsoDay;
}

export interface ConversationView {
  reference: string;
  /** Oldest first. */
  messages: ConversationMessageView[];
  /** The team's promise: an answer within this many working days. */
  replyWithinDays: number;
  /** While the person waits for an answer: the last day of the promise. Null when the team answered last. */
  answerExpectedBy: IsoDay | null;
  /** The conversation is deleted on this day unless someone writes before then. */
  deleteOn: IsoDay;
  retentionDays: number;
  /** True when this opening showed an answer the person had not read before. */
  newAnswer: boolean;
}

interface ConversationRow {
  id: string;
  reference: string;
  teamId: string;
  wave: string;
  arm: string;
  status: string;
  lastActivityAt: Date | null;
  waitingSince: Date | null;
  answerUnread: boolean;
  answerRead: boolean;
}

const SELECT = {
  id: true,
  reference: true,
  teamId: true,
  wave: true,
  arm: true,
  status: true,
  lastActivityAt: true,
  waitingSince: true,
  answerUnread: true,
  answerRead: true,
} as const;

const retentionMs = () => getConfig().CONVERSATION_RETENTION_DAYS * DAY_MS;

/** Conversations past their retention are gone for the person even before the hourly job deletes them. */
function isExpired(row: { lastActivityAt: Date | null }, now: Date): boolean {
  return !row.lastActivityAt || row.lastActivityAt.getTime() + retentionMs() <= now.getTime();
}

/**
 * The look-up every person-side action starts with: the limits first (a refused look-up never reaches the slow
 * hash), then the key against the few rows that share its lookup prefix. The key lives only in this call.
 */
async function findByKey(
  db: Db,
  attempt: KeyAttempt,
  now: Date,
): Promise<{ ok: true; row: ConversationRow } | LookupFailure> {
  const admission = await admitLookup(db, attempt, now);
  if (!admission.ok) return { ok: false, reason: 'throttled', retryAt: admission.retryAt };
  const canonical = parseConversationKey(attempt.key);
  if (canonical) {
    const candidates = await db.contactRequest.findMany({
      where: { reach: CONVERSATION_REACH, conversationLookup: lookupPrefixOf(canonical) },
      select: { ...SELECT, conversationKeyHash: true },
    });
    const id = await matchKey(candidates, canonical);
    const row = candidates.find((candidate) => candidate.id === id);
    if (row && row.status !== 'deleted' && !isExpired(row, now)) return { ok: true, row };
  }
  await recordWrongKey(db, attempt.address, now);
  return { ok: false, reason: 'not-found' };
}

/** Marks an unread answer as read; the first time ever also counts "answer read", once per conversation. */
async function markRead(db: Db, row: ConversationRow, now: Date): Promise<boolean> {
  if (!row.answerUnread) return false;
  const { count: marked } = await db.contactRequest.updateMany({
    where: { id: row.id, answerUnread: true },
    data: { answerUnread: false },
  });
  if (marked === 0) return false;
  const first = await db.contactRequest.updateMany({
    where: { id: row.id, answerRead: false },
    data: { answerRead: true },
  });
  if (first.count > 0) count({ metric: 'answer_read', wave: row.wave, arm: row.arm }, now);
  return true;
}

async function buildView(db: Db, row: ConversationRow, newAnswer: boolean): Promise<ConversationView> {
  const [messages, team] = await Promise.all([
    readMessages(db, getKeyring(), row),
    db.team.findUnique({ where: { id: row.teamId }, select: { replyWithinDays: true } }),
  ]);
  const replyWithinDays = team?.replyWithinDays ?? 2;
  const waiting = messages.at(-1)?.author === 'person' && row.waitingSince;
  const lastActivity = row.lastActivityAt ?? new Date();
  return {
    reference: row.reference,
    messages: messages.map((message) => ({
      author: message.author,
      label: message.author === 'team' ? message.label : '',
      body: message.body,
      day: amsterdamDay(message.createdAt),
    })),
    replyWithinDays,
    answerExpectedBy: waiting
      ? amsterdamDay(new Date(replyDeadline(row.waitingSince!, replyWithinDays).getTime() - 1))
      : null,
    deleteOn: amsterdamDay(new Date(lastActivity.getTime() + retentionMs())),
    retentionDays: getConfig().CONVERSATION_RETENTION_DAYS,
    newAnswer,
  };
}

/**
 * Opens a conversation with its key: the whole conversation, oldest first, with days (not times) and the team's
 * chosen labels. An unread answer is marked as read. A wrong, expired or deleted key all give `not-found`.
 */
export async function openConversation(
  db: Db,
  attempt: KeyAttempt,
  now = new Date(),
): Promise<{ ok: true; view: ConversationView } | LookupFailure> {
  const found = await findByKey(db, attempt, now);
  if (!found.ok) return found;
  const newAnswer = await markRead(db, found.row, now);
  return { ok: true, view: await buildView(db, found.row, newAnswer) };
}

export type MessageProblem = 'messageRequired' | 'messageTooLong';

/**
 * The person writes again. The message is checked before the key (a bad message costs no look-up); then it is stored
 * encrypted, the conversation waits for the team again and the team gets a notification without content.
 */
export async function addPersonMessage(
  db: Db,
  attempt: KeyAttempt & { message: string },
  now = new Date(),
): Promise<{ ok: true; view: ConversationView } | LookupFailure | { ok: false; reason: MessageProblem }> {
  const body = cleanText(attempt.message.slice(0, MESSAGE_MAX_CODE_POINTS * 4));
  if (body === '') return { ok: false, reason: 'messageRequired' };
  if (codePointLength(body) > MESSAGE_MAX_CODE_POINTS) return { ok: false, reason: 'messageTooLong' };
  const found = await findByKey(db, attempt, now);
  if (!found.ok) return found;
  const { row } = found;
  const status = nextConversationStatus(row.status, { type: 'personWrote' });
  if (!status) return { ok: false, reason: 'not-found' };
  const hour = floorToHour(now);
  const stillWaiting = row.status === 'new' || row.status === 'waiting_for_us';
  const stored = await db.$transaction(async (tx) => {
    // The request row first: a deletion racing with this message either wins (nothing is written) or waits.
    const { count: updated } = await tx.contactRequest.updateMany({
      where: { id: row.id, status: { not: 'deleted' }, conversationKeyHash: { not: null } },
      data: {
        status,
        lastActivityAt: hour,
        updatedAt: hour,
        closedAt: null,
        notified: false,
        waitingSince: stillWaiting ? (row.waitingSince ?? hour) : hour,
      },
    });
    if (updated === 0) return false;
    await appendMessage(tx, getKeyring(), {
      requestId: row.id,
      reference: row.reference,
      author: 'person',
      body,
      createdAt: hour,
    });
    return true;
  });
  if (!stored) return { ok: false, reason: 'not-found' };
  count({ metric: 'conversation_message', wave: row.wave, arm: row.arm }, now);
  void notifySoon();
  const fresh = await db.contactRequest.findUniqueOrThrow({ where: { id: row.id }, select: SELECT });
  const newAnswer = await markRead(db, fresh, now);
  return { ok: true, view: await buildView(db, fresh, newAnswer) };
}

/**
 * The person deletes the conversation, immediately and for good: every message, the key hash and the request's
 * encrypted fields (and the team's notes on it) are removed. What stays is a stub without content that the team sees
 * as "deleted by the person"; it goes with the conversation's retention.
 */
export async function deleteConversation(
  db: Db,
  attempt: KeyAttempt,
  now = new Date(),
): Promise<{ ok: true } | LookupFailure> {
  const found = await findByKey(db, attempt, now);
  if (!found.ok) return found;
  const { row } = found;
  const hour = floorToHour(now);
  await db.$transaction(async (tx) => {
    await tx.contactRequest.updateMany({
      where: { id: row.id },
      data: {
        status: 'deleted',
        conversationKeyHash: null,
        conversationLookup: null,
        messageCipher: null,
        contactCipher: null,
        waitingSince: null,
        answerUnread: false,
        updatedAt: hour,
      },
    });
    await tx.conversationMessage.deleteMany({ where: { requestId: row.id } });
    await tx.requestNote.deleteMany({ where: { requestId: row.id } });
  });
  count({ metric: 'conversation_deleted', wave: row.wave, arm: row.arm }, now);
  return { ok: true };
}
