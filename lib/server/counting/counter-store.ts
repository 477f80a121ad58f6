import 'server-only';
import type { CounterRow } from '@/lib/counting/buffer';
import { counterKeyId } from '@/lib/counting/types';
import type { Db } from '@/lib/server/db';
import { Prisma } from '@/prisma/generated/sqlite/client';

const COLUMNS = [
  'day',
  'wave',
  'metric',
  'page',
  'locale',
  'device',
  'channel',
  'audience',
  'topic',
  'via',
  'arm',
] as const;
// 12 parameters a row; SQLite allows 32,766 per statement.
const ROWS_PER_STATEMENT = 500;

const columnList = Prisma.raw(COLUMNS.map((column) => `"${column}"`).join(', '));

function upsert(rows: CounterRow[]): Prisma.Sql {
  const values = rows.map(
    ({ key, count }) => Prisma.sql`(${Prisma.join([...COLUMNS.map((column) => key[column]), count])})`,
  );
  // One atomic statement per batch, valid on SQLite and PostgreSQL: concurrent instances add, never overwrite.
  return Prisma.sql`INSERT INTO "DailyCounter" (${columnList}, "count") VALUES ${Prisma.join(values)}
    ON CONFLICT (${columnList}) DO UPDATE SET "count" = "DailyCounter"."count" + excluded."count"`;
}

/**
 * Adds a batch of counts in one transaction (all or nothing, so the buffer may retry it without double counting).
 * Rows are sorted by key so that two instances lock rows in the same order and cannot deadlock each other.
 */
export async function addCounts(db: Db, rows: CounterRow[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (counterKeyId(a.key) < counterKeyId(b.key) ? -1 : 1));
  const statements = [];
  for (let start = 0; start < sorted.length; start += ROWS_PER_STATEMENT) {
    statements.push(db.$executeRaw(upsert(sorted.slice(start, start + ROWS_PER_STATEMENT))));
  }
  await db.$transaction(statements);
}
