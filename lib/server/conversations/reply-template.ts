import 'server-only';
import { canReadRequests, type StaffSession } from '@/lib/auth/permissions';
import { CONVERSATION_REACH } from '@/lib/auth/request-status';
import type { Db } from '@/lib/server/db';
import { mine } from '@/lib/server/staff/request-updates';

/**
 * The text of a saved answer to insert into a reply: only for a conversation of one of the case worker's teams, and
 * only a template of that conversation's own team (a guessed template id of another team gives null, like a wrong
 * one).
 */
export async function templateTextForReply(
  db: Db,
  session: StaffSession,
  requestId: string,
  templateId: string,
): Promise<string | null> {
  if (!canReadRequests(session)) return null;
  const row = await db.contactRequest.findFirst({
    where: { ...mine(session, requestId), reach: CONVERSATION_REACH, status: { not: 'deleted' } },
    select: { teamId: true },
  });
  if (!row) return null;
  const template = await db.replyTemplate.findFirst({
    where: { id: templateId, teamId: row.teamId },
    select: { body: true },
  });
  return template?.body ?? null;
}
