import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/server/db';

export interface AuditInput {
  actorId: string;
  /** A stable verb such as `request.open`, `wave.update`, `account.deactivate`. */
  action: string;
  /** The id of what was acted on. */
  target?: string;
  /** A short, non-sensitive description: never message content, contact addresses or passwords. */
  detail?: string;
}

/** Appends to the audit log, which admins can read. */
export async function recordAudit(input: AuditInput, at = new Date()): Promise<void> {
  await getDb().auditEntry.create({
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
