import Database from 'better-sqlite3';
import { E2E_DATABASE_FILE } from './e2e-env';

/** Reads the e2e server's SQLite database directly (read-only), as an auditor would. */
export function withE2eDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function counterSum(where: Record<string, string>): number {
  const columns = Object.keys(where);
  const clause = columns.map((column) => `"${column}" = ?`).join(' AND ');
  return withE2eDb((db) => {
    const row = db
      .prepare(`SELECT COALESCE(SUM("count"), 0) AS total FROM "DailyCounter" WHERE ${clause}`)
      .get(...columns.map((column) => where[column])) as { total: number | bigint };
    return Number(row.total);
  });
}

/** Waits until the buffered counters (flushed every second) show `expected`, then confirms nothing more arrives. */
export async function expectCounterToReach(where: Record<string, string>, expected: number): Promise<number> {
  const deadline = Date.now() + 8_000;
  let value = counterSum(where);
  while (value < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = counterSum(where);
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return counterSum(where);
}
