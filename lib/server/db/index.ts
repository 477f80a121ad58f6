import 'server-only';
import { getConfig } from '@/lib/server/config';
import { createDb, type Db } from './client';

export type { Db } from './client';

// One client per process: the proxy and the app are bundled separately, so a module-level variable would not be
// shared between them, and dev reloads would leak connections.
const holder = globalThis as typeof globalThis & { __uitwegDb?: Db };

export function getDb(): Db {
  holder.__uitwegDb ??= createDb(getConfig().DATABASE_URL);
  return holder.__uitwegDb;
}
