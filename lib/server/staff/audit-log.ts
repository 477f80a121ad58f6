import 'server-only';
import { fromAmsterdam } from '@/lib/routing/amsterdam-time';
import { type AuditFilter, UNKNOWN_ACCOUNT } from '@/lib/staff/audit-filter';
import type { Db } from '@/lib/server/db';

export interface AuditRow {
  id: string;
  at: Date;
  /** "Name (e-mail)"; null for a failed sign-in with an address no account has; the id for a removed account. */
  actorName: string | null;
  action: string;
  target: string;
  detail: string;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Entries matching the filter, over all pages. */
  total: number;
  /** The page shown (1-based; a page past the end shows the last one). */
  page: number;
  pageCount: number;
  pageSize: number;
}

export const AUDIT_PAGE_SIZE = 50;

function whereOf(filter: AuditFilter) {
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: fromAmsterdam(filter.from, 0) } : {}),
            // The whole last day: up to the next Amsterdam midnight.
            ...(filter.to ? { lt: fromAmsterdam(filter.to, 1440) } : {}),
          },
        }
      : {}),
  };
}

/** One page of audit entries matching the filter, newest first, with the actor's name (admins only). */
export async function findAuditEntries(
  db: Db,
  filter: AuditFilter = {},
  requestedPage = 1,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const where = whereOf(filter);
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'asc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const people = await db.staffUser.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.actorId))] } },
    select: { id: true, name: true, email: true },
  });
  return {
    total,
    page,
    pageCount,
    pageSize,
    rows: rows.map((row) => {
      const person = people.find((candidate) => candidate.id === row.actorId);
      return {
        id: row.id,
        at: row.at,
        actorName: person
          ? `${person.name} (${person.email})`
          : row.actorId === UNKNOWN_ACCOUNT
            ? null
            : row.actorId,
        action: row.action,
        target: row.target,
        detail: row.detail,
      };
    }),
  };
}

export interface AuditFilterOptions {
  people: { id: string; label: string }[];
  actions: string[];
}

/** The choices of the audit page's filter form: every account, and every action the log holds. */
export async function findAuditFilterOptions(db: Db): Promise<AuditFilterOptions> {
  const [people, actions] = await Promise.all([
    db.staffUser.findMany({ orderBy: { email: 'asc' }, select: { id: true, name: true, email: true } }),
    db.auditEntry.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
  ]);
  return {
    people: people.map((person) => ({ id: person.id, label: `${person.name} (${person.email})` })),
    actions: actions.map((row) => row.action),
  };
}
