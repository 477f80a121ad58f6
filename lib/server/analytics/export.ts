import 'server-only';
import { canExport, canViewDashboard, type StaffSession } from '@/lib/auth/permissions';
import {
  BREAKDOWN_COLUMNS,
  buildExportTable,
  counterRow,
  DEFAULT_BREAKDOWN,
  type ExportBreakdown,
  type CsvCounterRow,
  type ExportTable,
  exportTableCsv,
  type OutsideSum,
} from '@/lib/analytics/csv';
import type { DayRange } from '@/lib/analytics/range';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';

export interface ExportQuery {
  range: DayRange;
  waves: string[];
  breakdown?: ExportBreakdown;
}

/**
 * The daily aggregate rows of a range (and waves), of some metrics or (by default) all but bots, summed in the
 * database to the columns of `breakdown` (the others read ''): a year of counters is some 60,000 rows, its
 * breakdown by day and wave a few thousand.
 */
async function counterRows(
  db: Db,
  { range, waves }: ExportQuery,
  breakdown: ExportBreakdown,
  metrics?: string[],
): Promise<CsvCounterRow[]> {
  const columns = BREAKDOWN_COLUMNS[breakdown];
  const sums = await db.dailyCounter.groupBy({
    by: [...columns],
    where: {
      day: { gte: range.from, lte: range.to },
      metric: metrics ? { in: metrics } : { not: 'bot' },
      ...(waves.length > 0 ? { wave: { in: waves } } : {}),
    },
    _sum: { count: true },
  });
  return sums.map((sum) => counterRow(sum, columns, sum._sum.count ?? 0));
}

/**
 * The daily aggregate rows of a range (and waves) summed to the chosen breakdown, small counts suppressed at that
 * level, with a summary of what was suppressed. Bot counts stay out: they are a health figure, not uptake.
 */
export async function getExportTable(
  session: StaffSession | null,
  query: ExportQuery,
  db: Db = getDb(),
): Promise<ExportTable> {
  authorize(session, canExport, 'export');
  const breakdown = query.breakdown ?? DEFAULT_BREAKDOWN;
  return buildExportTable(await counterRows(db, query, breakdown), { breakdown });
}

/** `getExportTable` as CSV. */
export async function getCountersCsv(
  session: StaffSession | null,
  query: ExportQuery,
  db: Db = getDb(),
): Promise<string> {
  return exportTableCsv(await getExportTable(session, query, db));
}

export interface ReportTableQuery {
  range: DayRange;
  breakdown: ExportBreakdown;
  /** The days of the report's visits chart and whether each is hidden there: their sums are on the same page. */
  chartDays: readonly { day: string; hidden: boolean }[];
}

/**
 * The monthly report's visits by the chosen breakdown (all waves), suppressed like the export, and knowing what
 * else the page shows: the month's visits (a headline figure) and, for a breakdown by day, the chart's days.
 */
export async function getReportVisits(
  session: StaffSession | null,
  { range, breakdown, chartDays }: ReportTableQuery,
  db: Db = getDb(),
): Promise<ExportTable> {
  authorize(session, canViewDashboard, 'dashboard');
  const rows = await counterRows(db, { range, waves: [] }, breakdown, ['visit']);
  const outside: OutsideSum[] = [{ of: () => true }];
  if (BREAKDOWN_COLUMNS[breakdown].includes('day')) {
    for (const { day, hidden } of chartDays) outside.push({ of: (key) => key.day === day, hidden });
  }
  return buildExportTable(rows, { breakdown, outside });
}
