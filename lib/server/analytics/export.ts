import 'server-only';
import { canExport, type StaffSession } from '@/lib/auth/permissions';
import { buildCountersCsv } from '@/lib/analytics/csv';
import type { DayRange } from '@/lib/analytics/range';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';

/**
 * The daily aggregate rows of a range (and waves) as CSV, small counts suppressed. Bot counts stay out: they are
 * a health figure, not uptake.
 */
export async function getCountersCsv(
  session: StaffSession | null,
  { range, waves }: { range: DayRange; waves: string[] },
  db: Db = getDb(),
): Promise<string> {
  authorize(session, canExport, 'export');
  const rows = await db.dailyCounter.findMany({
    where: {
      day: { gte: range.from, lte: range.to },
      metric: { not: 'bot' },
      ...(waves.length > 0 ? { wave: { in: waves } } : {}),
    },
  });
  return buildCountersCsv(rows);
}
