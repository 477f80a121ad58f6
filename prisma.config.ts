// Configuration for the Prisma CLI only (generate, migrate diff). The app applies migrations itself at start-up
// (lib/server/db/migrate.ts), so no production path depends on the CLI's engine.
//
// PRISMA_TARGET picks the schema pair: `sqlite` (default) or `postgres`. The CLI uses the JS schema engine through
// a driver adapter because the native engine would have to be downloaded, which these machines cannot do.
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

const target = process.env.PRISMA_TARGET === 'postgres' ? 'postgres' : 'sqlite';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', target, 'schema.prisma'),
  migrations: { path: path.join('prisma', target, 'migrations') },
  async adapter() {
    if (target === 'postgres') {
      // Only `migrate diff` between schema files is run against this target; it needs the provider, not a server.
      const { PrismaPg } = await import('@prisma/adapter-pg');
      return new PrismaPg({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' });
    }
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? 'file:./data/prisma-cli.db' });
  },
});
