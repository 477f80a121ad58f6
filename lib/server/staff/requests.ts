import 'server-only';
import { type Keyring, openField } from '@/lib/contact/crypto';
import { contactAad, messageAad, noteAad } from '@/lib/server/contact/requests';
import { canActOnRequest, type StaffSession } from '@/lib/auth/permissions';
import {
  compareByWaiting,
  CONVERSATION_REACH,
  isWaitingTooLong,
  kindOf,
  type RequestKind,
  type RequestStatus,
  waitingSince,
} from '@/lib/auth/request-status';
import { recordAudit } from '@/lib/server/audit';
import { conversationForStaff, type StaffConversationView } from '@/lib/server/conversations/staff-view';
import type { Db } from '@/lib/server/db';
import { isVisitorLocale, type VisitorLocale } from '@/lib/i18n/locales';

export const INBOX_STATUS_FILTERS = [
  'open',
  'waiting',
  'new',
  'picked_up',
  'answered',
  'waiting_for_person',
  'closed',
  'deleted',
  'all',
] as const;
export type InboxStatusFilter = (typeof INBOX_STATUS_FILTERS)[number];

/** Whoever has waited longest first (the default), or the newest first. */
export const INBOX_SORTS = ['waiting', 'newest'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export interface InboxFilters {
  status: InboxStatusFilter;
  teamId: string;
  topic: string;
  sort?: InboxSort;
}

export interface InboxRow {
  id: string;
  topic: string;
  audience: string;
  wave: string;
  /** The page language the person wrote from; null for requests stored before it was kept. */
  locale: VisitorLocale | null;
  reach: string;
  whenWish: string;
  status: string;
  teamId: string;
  teamName: string;
  assignedToMe: boolean;
  receivedAt: Date;
  /** Since when someone has waited for the team; null when nobody waits. */
  waitingSince: Date | null;
  waitingTooLong: boolean;
}

type StatusWhere =
  | { status?: string | { in: RequestStatus[] } }
  | { OR: { reach: string | { not: string }; status: string | { in: RequestStatus[] } }[] };

function statusWhere(status: InboxStatusFilter): StatusWhere {
  if (status === 'all') return {};
  if (status === 'open')
    return { status: { in: ['new', 'picked_up', 'answered', 'waiting_for_us', 'waiting_for_person'] } };
  // Someone waits for us: a new request, or a conversation whose person wrote last (see waitingSince()).
  if (status === 'waiting')
    return {
      OR: [
        { reach: { not: CONVERSATION_REACH }, status: 'new' },
        { reach: CONVERSATION_REACH, status: { in: ['new', 'waiting_for_us'] } },
      ],
    };
  return { status };
}

async function teamNames(db: Db): Promise<Map<string, string>> {
  return new Map((await db.team.findMany()).map((team) => [team.id, team.name]));
}

const newestFirst = (a: { receivedAt: Date; id: string }, b: { receivedAt: Date; id: string }) =>
  b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The requests routed to the case worker's teams, whoever has waited longest first, then the rest oldest first (or,
 * when asked, simply the newest first).
 * Nothing is decrypted here: the list shows only the fields that are stored in the clear.
 */
export async function findInboxRequests(
  db: Db,
  session: StaffSession,
  filters: InboxFilters,
  now: Date,
  waitingHours: number,
): Promise<InboxRow[]> {
  const teamIds = filters.teamId
    ? session.teamIds.filter((teamId) => teamId === filters.teamId)
    : session.teamIds;
  if (teamIds.length === 0) return [];
  const rows = await db.contactRequest.findMany({
    where: {
      teamId: { in: teamIds },
      ...statusWhere(filters.status),
      ...(filters.topic ? { topic: filters.topic } : {}),
    },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      topic: true,
      audience: true,
      wave: true,
      locale: true,
      reach: true,
      whenWish: true,
      status: true,
      teamId: true,
      assigneeId: true,
      receivedAt: true,
      waitingSince: true,
    },
  });
  const names = await teamNames(db);
  const order = filters.sort === 'newest' ? newestFirst : compareByWaiting;
  return [...rows].sort(order).map((row) => ({
    id: row.id,
    topic: row.topic,
    audience: row.audience,
    wave: row.wave,
    locale: isVisitorLocale(row.locale) ? row.locale : null,
    reach: row.reach,
    whenWish: row.whenWish,
    status: row.status,
    teamId: row.teamId,
    teamName: names.get(row.teamId) ?? row.teamId,
    assignedToMe: row.assigneeId === session.userId,
    receivedAt: row.receivedAt,
    waitingSince: waitingSince(row),
    waitingTooLong: isWaitingTooLong(row, now, waitingHours),
  }));
}

export interface TeamCount {
  teamId: string;
  teamName: string;
  newCount: number;
  waitingTooLong: number;
}

/** New requests per team of the case worker, and how many of them have waited too long. */
export async function countNewPerTeam(
  db: Db,
  session: StaffSession,
  now: Date,
  waitingHours: number,
): Promise<TeamCount[]> {
  if (session.teamIds.length === 0) return [];
  const rows = await db.contactRequest.findMany({
    where: { teamId: { in: session.teamIds }, status: 'new' },
    select: { teamId: true, status: true, receivedAt: true },
  });
  const names = await teamNames(db);
  return session.teamIds.map((teamId) => {
    const mine = rows.filter((row) => row.teamId === teamId);
    return {
      teamId,
      teamName: names.get(teamId) ?? teamId,
      newCount: mine.length,
      waitingTooLong: mine.filter((row) => isWaitingTooLong(row, now, waitingHours)).length,
    };
  });
}

export interface ContactDetails {
  reach: string;
  address: string;
}

export interface NoteView {
  id: string;
  authorName: string;
  createdAt: Date;
  body: string;
}

export interface OpenedRequest {
  id: string;
  reference: string;
  topic: string;
  audience: string;
  wave: string;
  /** The page language the person wrote from; null for requests stored before it was kept. */
  locale: VisitorLocale | null;
  reach: string;
  whenWish: string;
  mayIdentify: boolean;
  status: string;
  teamId: string;
  teamName: string;
  assigneeName: string | null;
  receivedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  message: string | null;
  contact: ContactDetails | null;
  notes: NoteView[];
  kind: RequestKind;
  /** For a conversation: its messages either way and read state; null for other requests. */
  conversation: StaffConversationView | null;
}

function parseContact(json: string): ContactDetails | null {
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && 'reach' in value && 'address' in value) {
      const { reach, address } = value as { reach: unknown; address: unknown };
      if (typeof reach === 'string' && typeof address === 'string') return { reach, address };
    }
  } catch {
    // Falls through: a malformed payload shows as "no contact details" rather than breaking the page.
  }
  return null;
}

/** The team id of a request, for permission checks before acting on it; null when there is no such request. */
export async function findRequestTeam(
  db: Db,
  id: string,
): Promise<{ teamId: string; status: string } | null> {
  return db.contactRequest.findUnique({ where: { id }, select: { teamId: true, status: true } });
}

/**
 * Opens one request for a case worker: null unless it exists AND is routed to one of their teams (the same answer
 * for both, so guessing ids reveals nothing). Decrypts message, contact details and notes, and writes the opening
 * to the audit log.
 */
export async function openRequestForCaseworker(
  db: Db,
  session: StaffSession,
  id: string,
  keyring: Keyring,
  now: Date,
  conversationRetentionDays = 60,
): Promise<OpenedRequest | null> {
  const row = await db.contactRequest.findUnique({ where: { id } });
  if (!row || !canActOnRequest(session, row)) return null;
  await recordAudit({ actorId: session.userId, action: 'request.open', target: row.id }, now);
  const decrypt = (ciphertext: string | null, aad: string) =>
    ciphertext ? openField(keyring, 'request', { keyId: row.keyId, ciphertext }, aad) : null;
  const contactJson = decrypt(row.contactCipher, contactAad(row.reference));
  const notes = await db.requestNote.findMany({
    where: { requestId: row.id },
    orderBy: { createdAt: 'asc' },
  });
  const people = await db.staffUser.findMany({
    where: { id: { in: [...notes.map((note) => note.authorId), row.assigneeId ?? ''] } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string | null) => people.find((person) => person.id === userId)?.name ?? null;
  const names = await teamNames(db);
  const kind = kindOf(row);
  const conversation =
    kind === 'conversation'
      ? await conversationForStaff(db, session, row, keyring, conversationRetentionDays)
      : null;
  return {
    id: row.id,
    reference: row.reference,
    topic: row.topic,
    audience: row.audience,
    wave: row.wave,
    locale: isVisitorLocale(row.locale) ? row.locale : null,
    reach: row.reach,
    whenWish: row.whenWish,
    mayIdentify: row.mayIdentify,
    status: row.status,
    teamId: row.teamId,
    teamName: names.get(row.teamId) ?? row.teamId,
    assigneeName: nameOf(row.assigneeId),
    receivedAt: row.receivedAt,
    updatedAt: row.updatedAt,
    closedAt: row.closedAt,
    message: decrypt(row.messageCipher, messageAad(row.reference)),
    contact: contactJson ? parseContact(contactJson) : null,
    notes: notes.map((note) => ({
      id: note.id,
      authorName: nameOf(note.authorId) ?? '—',
      createdAt: note.createdAt,
      body: openField(keyring, 'note', { keyId: note.keyId, ciphertext: note.bodyCipher }, noteAad(note.id)),
    })),
    kind,
    conversation,
  };
}
