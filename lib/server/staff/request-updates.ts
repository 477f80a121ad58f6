import 'server-only';
import { randomUUID } from 'node:crypto';
import { type Keyring, sealField } from '@/lib/contact/crypto';
import { floorToHour } from '@/lib/counting/time';
import { canReadRequests, type StaffSession } from '@/lib/auth/permissions';
import {
  kindOf,
  type MessageAuthor,
  nextStatus,
  REQUEST_STATUSES,
  type RequestAction,
} from '@/lib/auth/request-status';
import { recordAudit } from '@/lib/server/audit';
import { noteAad } from '@/lib/server/contact/requests';
import type { Db } from '@/lib/server/db';

export type UpdateResult = { ok: true } | { ok: false; reason: 'notFound' | 'notAllowed' | 'invalidTeam' };

const AUDIT_VERB: Record<RequestAction, string> = {
  pickUp: 'request.pick_up',
  markAnswered: 'request.answered',
  close: 'request.close',
  reopen: 'request.reopen',
};

/**
 * The `where` every write uses: the request, and only while it is routed to one of this case worker's teams. A
 * guessed id of another team's request therefore matches no row, even in a race with a reassignment.
 */
export function mine(session: StaffSession, id: string) {
  return { id, teamId: { in: canReadRequests(session) ? session.teamIds : [] } };
}

/** Who wrote last in a conversation: a reopened conversation waits for whoever did not. */
async function lastAuthorOf(db: Db, requestId: string): Promise<MessageAuthor | null> {
  const last = await db.conversationMessage.findFirst({
    where: { requestId },
    orderBy: { seq: 'desc' },
    select: { author: true },
  });
  return last ? (last.author === 'team' ? 'team' : 'person') : null;
}

/**
 * Pick up (assign to me), mark answered, close or reopen; a conversation only closes and reopens (its replies set
 * the rest). Timestamps are rounded down to the hour.
 */
export async function changeRequestStatus(
  db: Db,
  session: StaffSession,
  id: string,
  action: RequestAction,
  now: Date,
): Promise<UpdateResult> {
  const row = await db.contactRequest.findFirst({
    where: mine(session, id),
    select: { status: true, reach: true },
  });
  if (!row) return { ok: false, reason: 'notFound' };
  const kind = kindOf(row);
  const lastAuthor = kind === 'conversation' ? await lastAuthorOf(db, id) : null;
  const to = nextStatus(row.status, action, kind, lastAuthor);
  if (!to) return { ok: false, reason: 'notAllowed' };
  const hour = floorToHour(now);
  const fromStatuses = REQUEST_STATUSES.filter(
    (status) => nextStatus(status, action, kind, lastAuthor) !== null,
  );
  const { count } = await db.contactRequest.updateMany({
    where: { ...mine(session, id), reach: row.reach, status: { in: [...fromStatuses] } },
    data: {
      status: to,
      updatedAt: hour,
      closedAt: to === 'closed' ? hour : null,
      ...(action === 'pickUp' ? { assigneeId: session.userId } : {}),
    },
  });
  if (count === 0) return { ok: false, reason: 'notFound' };
  await recordAudit({ actorId: session.userId, action: AUDIT_VERB[action], target: id, detail: to }, now);
  return { ok: true };
}

/** An internal note, encrypted with AAD `${note.id}:note`. */
export async function addRequestNote(
  db: Db,
  session: StaffSession,
  id: string,
  body: string,
  keyring: Keyring,
  now: Date,
): Promise<UpdateResult> {
  const row = await db.contactRequest.findFirst({ where: mine(session, id), select: { status: true } });
  if (!row) return { ok: false, reason: 'notFound' };
  // A conversation the person deleted keeps no content at all, the team's notes included.
  if (row.status === 'deleted') return { ok: false, reason: 'notAllowed' };
  const noteId = randomUUID();
  const field = sealField(keyring, 'note', body, noteAad(noteId));
  await db.requestNote.create({
    data: {
      id: noteId,
      requestId: id,
      authorId: session.userId,
      keyId: field.keyId,
      bodyCipher: field.ciphertext,
      createdAt: now,
    },
  });
  await db.contactRequest.updateMany({ where: mine(session, id), data: { updatedAt: floorToHour(now) } });
  await recordAudit({ actorId: session.userId, action: 'request.note', target: id }, now);
  return { ok: true };
}

/** Hands a request to another (active) team: it becomes new and unassigned there. */
export async function reassignRequest(
  db: Db,
  session: StaffSession,
  id: string,
  teamId: string,
  now: Date,
): Promise<UpdateResult> {
  const row = await db.contactRequest.findFirst({
    where: mine(session, id),
    select: { teamId: true, status: true },
  });
  if (!row) return { ok: false, reason: 'notFound' };
  // A deleted conversation must stay deleted: handing it on would make the stub "new" again.
  if (row.status === 'deleted') return { ok: false, reason: 'notAllowed' };
  const team = await db.team.findUnique({ where: { id: teamId } });
  if (!team || !team.active || team.id === row.teamId) return { ok: false, reason: 'invalidTeam' };
  const { count } = await db.contactRequest.updateMany({
    where: { ...mine(session, id), status: { not: 'deleted' } },
    data: { teamId, status: 'new', assigneeId: null, closedAt: null, updatedAt: floorToHour(now) },
  });
  if (count === 0) return { ok: false, reason: 'notFound' };
  await recordAudit(
    { actorId: session.userId, action: 'request.reassign', target: id, detail: `${row.teamId} -> ${teamId}` },
    now,
  );
  return { ok: true };
}
