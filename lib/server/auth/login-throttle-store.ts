import 'server-only';
import { createHmac } from 'node:crypto';
import { addressScope } from '@/lib/contact/address-scope';
import { countedWindows, isThrottled, loginWindowStart } from '@/lib/auth/login-throttle';
import type { Db } from '@/lib/server/db';

/**
 * Keys of the failure counters: keyed hashes (APP_SECRET) of the lower-cased e-mail address and of the client
 * address scope, so the table names neither.
 */
export function throttleKeys(
  secret: string,
  email: string,
  address: string,
): { account: string; address: string } {
  const mac = (value: string) => createHmac('sha256', secret).update(value).digest('hex').slice(0, 40);
  return {
    account: `a:${mac(`uitweg:staff-login:account:${email.trim().toLowerCase()}`)}`,
    address: `i:${mac(`uitweg:staff-login:address:${address ? addressScope(address) : 'unknown'}`)}`,
  };
}

async function failuresFor(db: Db, key: string, now: Date): Promise<number> {
  const rows = await db.staffLoginAttempt.findMany({
    where: { key, windowStart: { in: countedWindows(now) } },
  });
  return rows.reduce((sum, row) => sum + row.failures, 0);
}

export async function loginThrottled(db: Db, keys: { account: string; address: string }, now: Date) {
  const [account, address] = await Promise.all([
    failuresFor(db, keys.account, now),
    failuresFor(db, keys.address, now),
  ]);
  return isThrottled({ account, address });
}

export async function recordLoginFailure(db: Db, keys: { account: string; address: string }, now: Date) {
  const windowStart = loginWindowStart(now);
  for (const key of [keys.account, keys.address]) {
    await db.staffLoginAttempt.upsert({
      where: { key_windowStart: { key, windowStart } },
      create: { key, windowStart, failures: 1 },
      update: { failures: { increment: 1 } },
    });
  }
  // Old windows are of no use to anyone.
  await db.staffLoginAttempt.deleteMany({ where: { windowStart: { lt: countedWindows(now)[0] } } });
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearAccountFailures(db: Db, keys: { account: string }) {
  await db.staffLoginAttempt.deleteMany({ where: { key: keys.account } });
}
