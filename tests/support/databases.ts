import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Db } from '@/lib/server/db/client';
import type { Engine } from '@/lib/server/db/engine';
import { applyMigrations, readMigrations } from '@/lib/server/db/migrate';
import { openRawConnection } from '@/lib/server/db/raw-connection';

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  engine: Engine;
  url: string;
  db: Db;
  cleanup(): Promise<void>;
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The engines the database tests run on: SQLite always; PostgreSQL when a server answers. Under CI=true PostgreSQL
 * is required, so a missing server fails the run instead of silently skipping half the tests.
 */
export async function testEngines(): Promise<Engine[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') return ['sqlite', 'postgres'];
  console.warn(`\n⚠ PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: database tests run on SQLite only.\n`);
  return ['sqlite'];
}

function postgresUrlFor(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh, migrated database: a temporary SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  let url: string;
  let drop: () => Promise<void>;
  if (engine === 'postgres') {
    const name = `uitweg_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = postgresUrlFor(name);
    drop = async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'uitweg-db-'));
    url = `file:${path.join(dir, 'test.db')}`;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const connection = await openRawConnection(url);
  try {
    await applyMigrations(connection, readMigrations(engine));
  } finally {
    await connection.close();
  }
  const db = createDb(url);
  return {
    engine,
    url,
    db,
    async cleanup() {
      await db.$disconnect();
      await drop();
    },
  };
}
