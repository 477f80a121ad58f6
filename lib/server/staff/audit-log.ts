import 'server-only';
import type { Db } from '@/lib/server/db';

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string;
  action: string;
  target: string;
  detail: string;
}

/** The newest audit entries with the actor's name (admins only). */
export async function findAuditEntries(
  db: Db,
  options: { action?: string; limit?: number } = {},
): Promise<AuditRow[]> {
  const rows = await db.auditEntry.findMany({
    where: options.action ? { action: options.action } : {},
    orderBy: [{ at: 'desc' }, { id: 'asc' }],
    take: options.limit ?? 200,
  });
  const people = await db.staffUser.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.actorId))] } },
    select: { id: true, name: true, email: true },
  });
  return rows.map((row) => {
    const person = people.find((candidate) => candidate.id === row.actorId);
    return {
      id: row.id,
      at: row.at,
      actorName: person ? `${person.name} (${person.email})` : row.actorId,
      action: row.action,
      target: row.target,
      detail: row.detail,
    };
  });
}
