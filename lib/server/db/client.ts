import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '@/prisma/generated/postgres/client';
import { PrismaClient as SqliteClient } from '@/prisma/generated/sqlite/client';
import { engineOf, sqliteFilePath } from './engine';

/**
 * The two generated clients have the same models (prisma/postgres/schema.prisma is derived from the SQLite one and a
 * test keeps them equal) but distinct TypeScript types. Query code is written once against the SQLite client's type.
 */
export type Db = SqliteClient;

export function createDb(databaseUrl: string): Db {
  if (engineOf(databaseUrl) === 'postgres') {
    const adapter = new PrismaPg({
      connectionString: databaseUrl,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Fail fast when the database is unreachable: visitor pages fall back to cached data instead of waiting.
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
    });
    return new PostgresClient({ adapter, errorFormat: 'minimal' }) as unknown as Db;
  }
  return new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(databaseUrl), timeout: 5_000 }),
    errorFormat: 'minimal',
  });
}
