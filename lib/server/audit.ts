import 'server-only';
import { randomUUID } from 'node:crypto';
import { type Db, getDb } from '@/lib/server/db';

export interface AuditInput {
  /** The staff account's id, or `UNKNOWN_ACCOUNT`. */
  actorId: string;
  /** A stable verb such as `request.open`, `wave.update`, `account.deactivate`. */
  action: string;
  /** The id of what was acted on. */
  target?: string;
  /** A short, non-sensitive description: never message content, contact addresses or passwords. */
  detail?: string;
}

export { UNKNOWN_ACCOUNT } from '@/lib/staff/audit-filter';

/** Appends to the audit log, which admins can read. Never with a client address or user agent. */
export async function recordAudit(input: AuditInput, at = new Date(), db: Db = getDb()): Promise<void> {
  await db.auditEntry.create({
    data: {
      id: randomUUID(),
      at,
      actorId: input.actorId,
      action: input.action,
      target: input.target ?? '',
      detail: input.detail ?? '',
    },
  });
}
