import 'server-only';
import type { StaffSession } from '@/lib/auth/permissions';
import type { MessageAuthor } from '@/lib/auth/request-status';
import type { Keyring } from '@/lib/contact/crypto';
import { labelKindOf, type LabelKind } from '@/lib/conversations/display-label';
import type { Db } from '@/lib/server/db';
import { readMessages } from './messages';

const DAY_MS = 86_400_000;

export interface StaffMessageView {
  id: string;
  author: MessageAuthor;
  /** Team messages: the label the person saw, and who wrote it (staff only). */
  label: string;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface StaffConversationView {
  deleted: boolean;
  /** Oldest first; empty once the person deleted the conversation. */
  messages: StaffMessageView[];
  /** The newest answer has not been read yet; `answerRead`: the person has come back to read an answer. */
  answerUnread: boolean;
  answerRead: boolean;
  replyWithinDays: number;
  /** When the conversation will be deleted without further messages. */
  deleteAfter: Date | null;
  /** The label kind this case worker chose last time, to offer it again. */
  lastLabelKind: LabelKind;
}

/** The conversation of a request the caller may open (the caller checks permissions and writes the audit entry). */
export async function conversationForStaff(
  db: Db,
  session: StaffSession,
  row: {
    id: string;
    reference: string;
    teamId: string;
    status: string;
    answerUnread: boolean;
    answerRead: boolean;
    lastActivityAt: Date | null;
  },
  keyring: Keyring,
  retentionDays: number,
): Promise<StaffConversationView> {
  const [messages, team] = await Promise.all([
    readMessages(db, keyring, row),
    db.team.findUnique({ where: { id: row.teamId }, select: { name: true, replyWithinDays: true } }),
  ]);
  const authorIds = [...new Set(messages.map((message) => message.authorId).filter(Boolean))];
  const people = await db.staffUser.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? null;
  const mineLast = await db.conversationMessage.findFirst({
    where: { authorId: session.userId, author: 'team' },
    orderBy: { createdAt: 'desc' },
    select: { label: true, requestId: true },
  });
  const lastTeam = mineLast
    ? await db.contactRequest.findUnique({ where: { id: mineLast.requestId }, select: { teamId: true } })
    : null;
  const lastTeamName = lastTeam
    ? ((await db.team.findUnique({ where: { id: lastTeam.teamId }, select: { name: true } }))?.name ?? '')
    : '';
  const lastLabelKind =
    (mineLast && labelKindOf(mineLast.label, { staffName: session.name, teamName: lastTeamName })) ||
    'firstName';
  return {
    deleted: row.status === 'deleted',
    messages: messages.map((message) => ({
      id: message.id,
      author: message.author,
      label: message.label,
      authorName: message.author === 'team' ? nameOf(message.authorId) : null,
      body: message.body,
      createdAt: message.createdAt,
    })),
    answerUnread: row.answerUnread,
    answerRead: row.answerRead,
    replyWithinDays: team?.replyWithinDays ?? 2,
    deleteAfter: row.lastActivityAt ? new Date(row.lastActivityAt.getTime() + retentionDays * DAY_MS) : null,
    lastLabelKind,
  };
}
