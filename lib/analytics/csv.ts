import { displayCount } from './small-numbers';

export const CSV_COLUMNS = [
  'day',
  'wave',
  'metric',
  'page',
  'locale',
  'device',
  'channel',
  'audience',
  'topic',
  'via',
  'count',
] as const;

export type CsvCounterRow = Record<Exclude<(typeof CSV_COLUMNS)[number], 'count'>, string> & {
  count: number;
};

/** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The daily aggregate rows, then one `total` row per metric, wave and via: the exact sum of the rows above it for
 * that key. Counts from 1 to 4 read "< 5" everywhere, totals included.
 */
export function buildCountersCsv(rows: readonly CsvCounterRow[]): string {
  const sorted = [...rows].sort((a, b) => {
    for (const column of CSV_COLUMNS) {
      if (column === 'count') continue;
      if (a[column] !== b[column]) return a[column] < b[column] ? -1 : 1;
    }
    return 0;
  });
  const totals = new Map<string, { metric: string; wave: string; via: string; count: number }>();
  const lines = [csvLine(CSV_COLUMNS)];
  for (const row of sorted) {
    lines.push(
      csvLine([
        ...CSV_COLUMNS.slice(0, -1).map((column) => row[column as keyof CsvCounterRow] as string),
        displayCount(row.count, true),
      ]),
    );
    const id = JSON.stringify([row.metric, row.wave, row.via]);
    const total = totals.get(id) ?? { metric: row.metric, wave: row.wave, via: row.via, count: 0 };
    total.count += row.count;
    totals.set(id, total);
  }
  const totalRows = [...totals.values()].sort((a, b) =>
    a.metric !== b.metric
      ? a.metric < b.metric
        ? -1
        : 1
      : a.wave !== b.wave
        ? a.wave < b.wave
          ? -1
          : 1
        : a.via < b.via
          ? -1
          : a.via > b.via
            ? 1
            : 0,
  );
  for (const total of totalRows) {
    lines.push(
      csvLine([
        'total',
        total.wave,
        total.metric,
        '',
        '',
        '',
        '',
        '',
        '',
        total.via,
        displayCount(total.count, true),
      ]),
    );
  }
  return lines.join('');
}
