import 'server-only';
import { CONVERSATION_REACH } from '@/lib/auth/request-status';
import type { Db } from '@/lib/server/db';

const DAY_MS = 86_400_000;

/**
 * Hard-deletes every conversation (and the stubs of deleted ones) whose last message is `retentionDays` old: the
 * request row, every message and the team's notes. Each row is deleted only if it is still that old, so a message
 * written a moment ago keeps its conversation. Returns how many conversations went.
 */
export async function expireConversations(db: Db, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const expiredWhere = {
    reach: CONVERSATION_REACH,
    OR: [{ lastActivityAt: { lte: cutoff } }, { lastActivityAt: null }],
  };
  const candidates = await db.contactRequest.findMany({ where: expiredWhere, select: { id: true } });
  let deleted = 0;
  for (const { id } of candidates) {
    const gone = await db.$transaction(async (tx) => {
      const { count } = await tx.contactRequest.deleteMany({ where: { id, ...expiredWhere } });
      if (count === 0) return false;
      await tx.conversationMessage.deleteMany({ where: { requestId: id } });
      await tx.requestNote.deleteMany({ where: { requestId: id } });
      return true;
    });
    if (gone) deleted += 1;
  }
  return deleted;
}
