import 'server-only';
import { getConfig } from '@/lib/server/config';
import { type Db, getDb } from '@/lib/server/db';

/**
 * A database that fails every query, for proving the "could not store" path end to end. Only reachable when
 * TEST_CLOCK (test mode) is on, which the configuration refuses whenever NODE_ENV=production.
 */
const unreachable = new Proxy({} as Db, {
  get() {
    return () => Promise.reject(new Error('Database unreachable (test fault)'));
  },
});

export function databaseFor(headers: Headers): Db {
  if (getConfig().TEST_CLOCK && headers.get('x-test-fault') === 'database-down') return unreachable;
  return getDb();
}
