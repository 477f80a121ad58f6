import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { engineOf, sqliteFilePath } from './engine';
import type { MigrationConnection } from './migrate';

/** A plain driver connection for migrations and maintenance, outside Prisma (multi-statement SQL, advisory locks). */
export async function openRawConnection(databaseUrl: string): Promise<MigrationConnection> {
  if (engineOf(databaseUrl) === 'postgres') {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    await client.connect();
    return {
      engine: 'postgres',
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
      close: () => client.end(),
    };
  }
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  return {
    engine: 'sqlite',
    exec: async (sql) => {
      db.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    close: async () => {
      db.close();
    },
  };
}
