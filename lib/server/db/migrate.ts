import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from './engine';

/**
 * Applies the committed migrations (prisma/<engine>/migrations) at start-up, recording them in Prisma's own
 * `_prisma_migrations` table so `prisma migrate` and this runner agree on what has been applied.
 *
 * Why not the CLI: in production (standalone output) the CLI is absent, and against PostgreSQL the 6.x CLI on the JS
 * engine needs driver patches. Several instances may start at once: on PostgreSQL an advisory lock serialises them.
 */
export interface MigrationConnection {
  engine: Engine;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

const ADVISORY_LOCK_ID = 72707369;

export function readMigrations(engine: Engine, root = process.cwd()): MigrationFile[] {
  const dir = path.join(root, 'prisma', engine, 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE: Record<Engine, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgres: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(
  connection: MigrationConnection,
  migrations: MigrationFile[],
): Promise<string[]> {
  const { engine } = connection;
  const param = (index: number) => (engine === 'postgres' ? `$${index}` : '?');
  if (engine === 'postgres') await connection.exec(`SELECT pg_advisory_lock(${ADVISORY_LOCK_ID})`);
  try {
    await connection.exec(CREATE_TABLE[engine]);
    const applied = await connection.query<{ migration_name: string; checksum: string }>(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = appliedByName.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      await connection.exec('BEGIN');
      try {
        await connection.exec(migration.sql);
        await connection.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count")
           VALUES (${param(1)}, ${param(2)}, ${param(3)}, CURRENT_TIMESTAMP, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await connection.exec('COMMIT');
      } catch (error) {
        await connection.exec('ROLLBACK');
        throw error;
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    if (engine === 'postgres') await connection.exec(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_ID})`);
  }
}
