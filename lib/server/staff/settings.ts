import 'server-only';
import type { Db } from '@/lib/server/db';

/** Site-wide staff settings kept in the Setting table. */
export const REQUIRE_TOTP_KEY = 'staff.requireTotp';

export async function getRequireTotp(db: Db): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: REQUIRE_TOTP_KEY } });
  return row?.value === 'true';
}

export async function setRequireTotp(db: Db, required: boolean): Promise<void> {
  const value = required ? 'true' : 'false';
  await db.setting.upsert({
    where: { key: REQUIRE_TOTP_KEY },
    create: { key: REQUIRE_TOTP_KEY, value },
    update: { value },
  });
}
