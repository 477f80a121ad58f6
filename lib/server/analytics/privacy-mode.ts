import 'server-only';
import type { Db } from '@/lib/server/db';

export const PRIVACY_MODE_KEY = 'privacyMode';

/** When on, counts from 1 to 4 read "< 5" on screen too (exports always suppress them). */
export async function getPrivacyMode(db: Db): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: PRIVACY_MODE_KEY } });
  return setting?.value === 'true';
}

export async function savePrivacyMode(db: Db, on: boolean): Promise<void> {
  const value = on ? 'true' : 'false';
  await db.setting.upsert({
    where: { key: PRIVACY_MODE_KEY },
    create: { key: PRIVACY_MODE_KEY, value },
    update: { value },
  });
}
