import 'server-only';
import { countedWindows } from '@/lib/auth/login-throttle';
import { getConfig } from '@/lib/server/config';
import type { Db } from '@/lib/server/db';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Deletes closed requests (and their notes) RETENTION_DAYS after closing, rate-limit buckets from past hours, spent
 * challenges and sent-form tokens once they could no longer be used anyway, staff sign-in counters of windows that
 * no longer count and expired password-reset links. The daily aggregate counts of requests are kept.
 */
export async function applyRetention(db: Db, now = new Date()): Promise<{ requests: number }> {
  const cutoff = new Date(now.getTime() - getConfig().RETENTION_DAYS * DAY_MS);
  const expired = await db.contactRequest.findMany({
    where: { status: 'closed', closedAt: { lt: cutoff } },
    select: { id: true },
  });
  const ids = expired.map((row) => row.id);
  await db.$transaction([
    db.requestNote.deleteMany({ where: { requestId: { in: ids } } }),
    db.contactRequest.deleteMany({ where: { id: { in: ids } } }),
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * HOUR_MS) } } }),
    db.usedChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.staffLoginAttempt.deleteMany({ where: { windowStart: { lt: countedWindows(now)[0] } } }),
    db.staffPasswordReset.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.spentFormToken.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { requests: ids.length };
}
