// `npm run db:migrate`: applies committed migrations to DATABASE_URL (the server also does this at start-up).
import { existsSync } from 'node:fs';
import { engineOf } from '../lib/server/db/engine.ts';
import { applyMigrations, readMigrations } from '../lib/server/db/migrate.ts';
import { openRawConnection } from '../lib/server/db/raw-connection.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const url = process.env.DATABASE_URL ?? 'file:./data/uitweg.db';
const connection = await openRawConnection(url);
try {
  const applied = await applyMigrations(connection, readMigrations(engineOf(url)));
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await connection.close();
}
