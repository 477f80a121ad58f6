import type { IsoDay } from '@/lib/counting/types';

/** Counter sums grouped by the dimensions the headline figures and the per-wave table need. */
export interface TotalRow {
  metric: string;
  wave: string;
  via: string;
  channel: string;
  count: number;
}

export interface Totals {
  visits: number;
  /** A sum of daily unique visitors: the same person on two days counts twice. */
  uniqueSum: number;
  taps: number;
  tapsByChannel: Map<string, number>;
  requests: number;
  quickExits: number;
  /** Conversations in which the person came back and read an answer. */
  answerRead: number;
}

const emptyTotals = (): Totals => ({
  visits: 0,
  uniqueSum: 0,
  taps: 0,
  tapsByChannel: new Map(),
  requests: 0,
  quickExits: 0,
  answerRead: 0,
});

/**
 * Whether a unique-visitor row belongs to the chosen scope. Without a wave filter the site-wide daily uniques
 * (wave '' and via '') are the figure; with one, each chosen wave's own daily uniques via its link.
 */
function isScopedUnique(row: TotalRow, waves: ReadonlySet<string>): boolean {
  return waves.size === 0 ? row.wave === '' && row.via === '' : row.via === 'wave' && waves.has(row.wave);
}

function add(totals: Totals, row: TotalRow, waves: ReadonlySet<string>): void {
  switch (row.metric) {
    case 'visit':
      totals.visits += row.count;
      break;
    case 'unique':
      if (isScopedUnique(row, waves)) totals.uniqueSum += row.count;
      break;
    case 'tap':
      totals.taps += row.count;
      totals.tapsByChannel.set(row.channel, (totals.tapsByChannel.get(row.channel) ?? 0) + row.count);
      break;
    case 'request':
      totals.requests += row.count;
      break;
    case 'quick_exit':
      totals.quickExits += row.count;
      break;
    case 'answer_read':
      totals.answerRead += row.count;
      break;
  }
}

/** Headline totals for all traffic (no waves chosen) or for the chosen waves only. */
export function totalsOf(rows: readonly TotalRow[], waves: readonly string[]): Totals {
  const chosen = new Set(waves);
  const totals = emptyTotals();
  for (const row of rows) {
    if (chosen.size > 0 && !chosen.has(row.wave)) continue;
    add(totals, row, chosen);
  }
  return totals;
}

/** The same totals per wave code (each wave's own uniques via its link). */
export function totalsPerWave(rows: readonly TotalRow[], codes: readonly string[]): Map<string, Totals> {
  const result = new Map(codes.map((code) => [code, emptyTotals()]));
  for (const row of rows) {
    const totals = result.get(row.wave);
    if (totals) add(totals, row, new Set([row.wave]));
  }
  return result;
}

/** Tap counts per kind of channel (phone, whatsapp, …); channels no longer known count as 'other'. */
export function tapsByKind(
  tapsByChannel: ReadonlyMap<string, number>,
  kindOf: (channel: string) => string | undefined,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const [channel, count] of tapsByChannel) {
    const kind = kindOf(channel) ?? 'other';
    result.set(kind, (result.get(kind) ?? 0) + count);
  }
  return new Map([...result].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

export interface DayMetricRow {
  day: IsoDay;
  metric: string;
  count: number;
}

export interface DayPoint {
  day: IsoDay;
  visits: number;
  /** Channel taps plus contact requests. */
  contacts: number;
}

/** One point per day of the range, zeros included, so a quiet day shows as a dip rather than vanishing. */
export function dailySeries(days: readonly IsoDay[], rows: readonly DayMetricRow[]): DayPoint[] {
  const byDay = new Map(days.map((day) => [day, { day, visits: 0, contacts: 0 }]));
  for (const row of rows) {
    const point = byDay.get(row.day);
    if (!point) continue;
    if (row.metric === 'visit') point.visits += row.count;
    else if (row.metric === 'tap' || row.metric === 'request') point.contacts += row.count;
  }
  return [...byDay.values()];
}

export interface Slice {
  key: string;
  count: number;
}

/** Sums counts per key, largest first (ties by key), leaving out zeros. */
export function breakdown(rows: readonly { key: string; count: number }[]): Slice[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.key, (sums.get(row.key) ?? 0) + row.count);
  return [...sums]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Average per day, one decimal. */
export function perDay(sum: number, days: number): number {
  return days > 0 ? Math.round((sum / days) * 10) / 10 : 0;
}
