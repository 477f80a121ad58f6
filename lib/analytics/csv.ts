import { z } from 'zod';
import { type CellGroup, type CellState, suppressCells } from './cell-suppression';
import { HIDDEN_COUNT_TEXT, SMALL_NUMBER_TEXT } from './small-numbers';

/** Every column an export can have, in this order; each breakdown keeps some of them (`BREAKDOWN_COLUMNS`). */
export const CSV_COLUMNS = [
  'day',
  'wave',
  'arm',
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

export type KeyColumn = Exclude<(typeof CSV_COLUMNS)[number], 'count'>;

export type CsvCounterRow = Record<KeyColumn, string> & {
  count: number;
};

/**
 * What one row of an export stands for. The finer the breakdown, the smaller its counts and the more of them read
 * "< 5"; the analyst chooses. `detail` is every column at once (the export as it was).
 */
export const EXPORT_BREAKDOWNS = [
  'day',
  'day-wave',
  'wave-arm',
  'page',
  'locale',
  'device',
  'detail',
] as const;
export type ExportBreakdown = (typeof EXPORT_BREAKDOWNS)[number];
export const DEFAULT_BREAKDOWN: ExportBreakdown = 'day-wave';

const ALL_KEY_COLUMNS = CSV_COLUMNS.filter((column): column is KeyColumn => column !== 'count');

/**
 * The key columns of each breakdown. `metric` and `via` (wave link, direct, or '' where it does not apply) are in
 * every one: a day's unique visitors are counted once site-wide (via '') and once per wave (via wave), and adding
 * those up would count people twice.
 */
export const BREAKDOWN_COLUMNS: Record<ExportBreakdown, readonly KeyColumn[]> = {
  day: ['day', 'metric', 'via'],
  'day-wave': ['day', 'wave', 'metric', 'via'],
  'wave-arm': ['wave', 'arm', 'metric', 'via'],
  page: ['metric', 'page', 'via'],
  locale: ['metric', 'locale', 'via'],
  device: ['metric', 'device', 'via'],
  detail: ALL_KEY_COLUMNS,
};

export function isExportBreakdown(value: unknown): value is ExportBreakdown {
  return typeof value === 'string' && (EXPORT_BREAKDOWNS as readonly string[]).includes(value);
}

/** The `breakdown` query parameter (all its values): at most one, a known one; none means the default. */
export const breakdownParam = z
  .array(z.enum(EXPORT_BREAKDOWNS))
  .max(1)
  .transform((values): ExportBreakdown => values[0] ?? DEFAULT_BREAKDOWN);

/** Why a `breakdown` parameter was refused, as plain text for a 400. */
export const BREAKDOWN_REFUSED = `Unknown breakdown: give one of ${EXPORT_BREAKDOWNS.join(', ')}, once.\n`;

/** The columns each total row keeps (and the order totals follow): metric, wave (where the breakdown has it), via. */
export function totalsColumns(breakdown: ExportBreakdown): KeyColumn[] {
  return (['metric', 'wave', 'via'] as const).filter((column) =>
    BREAKDOWN_COLUMNS[breakdown].includes(column),
  );
}

/** The column a total row writes "total" in: the first one it sums over. */
function totalMarkerColumn(breakdown: ExportBreakdown): KeyColumn {
  const totals = totalsColumns(breakdown);
  return BREAKDOWN_COLUMNS[breakdown].find((column) => !totals.includes(column))!;
}

/** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** A count as the export shows it: "< 5" for 1 to 4, "x" where hidden, else the number (0 included). */
export function displayed(value: number, state: CellState): string {
  if (state === 'small') return SMALL_NUMBER_TEXT;
  return state === 'hidden' ? HIDDEN_COUNT_TEXT : String(value);
}

type Key = Record<KeyColumn, string>;

/**
 * A row's key over some columns as one string that sorts as the columns do one after another: NUL sorts before
 * every character a count's key holds, so `w1` still comes before `w10`. One string compare per pair keeps sorting
 * a year of rows fast.
 */
const keyText = (row: Key, columns: readonly KeyColumn[]) => {
  let text = row[columns[0]!] ?? '';
  for (let index = 1; index < columns.length; index += 1) text += `\u0000${row[columns[index]!] ?? ''}`;
  return text;
};

const byKeyText = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A key with every column '' (the columns a breakdown does not keep). One literal, because a year of rows makes tens
 * of thousands of them: an object of fixed shape costs a fraction of one built column by column or spread.
 */
export function emptyKey(): Key {
  return {
    day: '',
    wave: '',
    arm: '',
    metric: '',
    page: '',
    locale: '',
    device: '',
    channel: '',
    audience: '',
    topic: '',
    via: '',
  };
}

/** The key `source` has in `columns`, every other column ''. */
function keyOver(source: Partial<Key>, columns: readonly KeyColumn[]): Key {
  const key = emptyKey();
  for (const column of columns) key[column] = source[column] ?? '';
  return key;
}

/** A counter row over the `columns` of `source` (every other column ''), with this count. */
export function counterRow(
  source: Partial<Key>,
  columns: readonly KeyColumn[],
  count: number,
): CsvCounterRow {
  const row = keyOver(source, columns) as CsvCounterRow;
  row.count = count;
  return row;
}

/**
 * The counter rows summed to the breakdown's key columns (the others read ''), sorted by them. Suppression comes
 * after this, so a count is judged at the level it is shown.
 */
export function aggregateRows(rows: readonly CsvCounterRow[], breakdown: ExportBreakdown): CsvCounterRow[] {
  const columns = BREAKDOWN_COLUMNS[breakdown];
  const sums = new Map<string, { id: string; row: CsvCounterRow }>();
  for (const row of rows) {
    const id = keyText(row, columns);
    const sum = sums.get(id);
    if (sum) sum.row.count += row.count;
    else sums.set(id, { id, row: counterRow(row, columns, row.count) });
  }
  return [...sums.values()].sort(byKeyText).map(({ row }) => row);
}

/** One row of an export table: its key (unused columns ''), its exact count, and how the count may be shown. */
export interface ExportRow {
  key: Key;
  count: number;
  state: CellState;
  /** The count as shown: the number, "< 5" or "x". */
  text: string;
}

/** What suppression did to the data rows (and, apart, to the total rows) of one export. */
export interface SuppressionSummary {
  rows: number;
  /** Rows that read "< 5" (a count of 1 to 4). */
  smallRows: number;
  /** Rows that read "x": hidden so that no "< 5" can be worked out from a total. */
  hiddenRows: number;
  totals: number;
  /** Total rows that read "< 5" or "x". */
  suppressedTotals: number;
}

/**
 * A sum a reader of the same page knows from elsewhere (a headline figure, a day of a chart): the exact sum of the
 * data rows `of` picks. `hidden` when that figure is itself hidden there.
 */
export interface OutsideSum {
  of: (row: Key) => boolean;
  hidden?: boolean;
}

export interface ExportTableOptions {
  breakdown?: ExportBreakdown;
  outside?: readonly OutsideSum[];
}

export interface ExportTable {
  breakdown: ExportBreakdown;
  /** The CSV's columns: the breakdown's key columns, then `count`. */
  columns: readonly (KeyColumn | 'count')[];
  /** The column that reads "total" in a total row. */
  totalColumn: KeyColumn;
  totalsBy: readonly KeyColumn[];
  rows: ExportRow[];
  /** One per metric, (wave) and via: the exact sum of the rows alike there. */
  totals: ExportRow[];
  summary: SuppressionSummary;
}

const summarize = (rows: readonly ExportRow[], totals: readonly ExportRow[]): SuppressionSummary => ({
  rows: rows.length,
  smallRows: rows.filter((row) => row.state === 'small').length,
  hiddenRows: rows.filter((row) => row.state === 'hidden').length,
  totals: totals.length,
  suppressedTotals: totals.filter((row) => row.state === 'small' || row.state === 'hidden').length,
});

/** The summary of the rows of one metric only (e.g. visits), from the same suppression. */
export function summaryOf(table: ExportTable, metric: string): SuppressionSummary {
  return summarize(
    table.rows.filter((row) => row.key.metric === metric),
    table.totals.filter((row) => row.key.metric === metric),
  );
}

/**
 * The counter rows summed to the chosen breakdown, then one total row per metric, (wave) and via: the exact sum of
 * the rows above it for that key. Counts from 1 to 4 read "< 5", totals included. Where a "< 5" could be worked
 * out by subtracting the other rows from their total (or from a sum in `outside`), another count of the group reads
 * "x" (see `suppressCells`): a row where possible, so that the totals stay exact; a total only in groups too small
 * for that. Where a sum shown elsewhere still gives a "< 5" away, every row and total it links to reads "x".
 */
export function buildExportTable(
  rows: readonly CsvCounterRow[],
  options: ExportTableOptions = {},
): ExportTable {
  const breakdown = options.breakdown ?? DEFAULT_BREAKDOWN;
  const columns = BREAKDOWN_COLUMNS[breakdown];
  const totalsBy = totalsColumns(breakdown);
  const sorted = aggregateRows(rows, breakdown);
  const values = sorted.map((row) => row.count);
  const groups: CellGroup[] = [];

  const byTotal = new Map<string, { id: string; row: CsvCounterRow; members: number[] }>();
  sorted.forEach((row, index) => {
    const id = keyText(row, totalsBy);
    const total = byTotal.get(id);
    if (total) total.members.push(index);
    else byTotal.set(id, { id, row, members: [index] });
  });
  const totalCells = [...byTotal.values()].sort(byKeyText).map(({ row, members }) => {
    const cell = values.push(members.reduce((sum, member) => sum + values[member]!, 0)) - 1;
    groups.push({ total: cell, members });
    return { row, cell };
  });

  const fixed = new Set<number>();
  const unprinted = new Set<number>();
  for (const sum of options.outside ?? []) {
    const members = sorted.flatMap((row, index) => (sum.of(row) ? [index] : []));
    if (members.length === 0) continue;
    const cell = values.push(members.reduce((acc, member) => acc + values[member]!, 0)) - 1;
    groups.push({ total: cell, members });
    (sum.hidden ? unprinted : fixed).add(cell);
  }

  const { states, exposed } = suppressCells({ values, groups, fixed, unprinted });
  if (exposed.length > 0) {
    // Nothing left to hide protects these: hide every count of their groups, zeros included.
    const exposedSet = new Set(exposed);
    for (const { total, members } of groups) {
      if (![total, ...members].some((cell) => exposedSet.has(cell))) continue;
      for (const cell of [total, ...members])
        if (!fixed.has(cell) && !unprinted.has(cell)) states[cell] = 'hidden';
    }
  }

  const exportRow = (row: CsvCounterRow, cell: number, kept: readonly KeyColumn[]): ExportRow => {
    const key = keyOver(row, kept);
    return { key, count: values[cell]!, state: states[cell]!, text: displayed(values[cell]!, states[cell]!) };
  };
  const dataRows = sorted.map((row, index) => exportRow(row, index, columns));
  const totals = totalCells.map(({ row, cell }) => exportRow(row, cell, totalsBy));
  return {
    breakdown,
    columns: [...columns, 'count'],
    totalColumn: totalMarkerColumn(breakdown),
    totalsBy,
    rows: dataRows,
    totals,
    summary: summarize(dataRows, totals),
  };
}

/** The table as CSV: a header, the data rows, then the total rows ("total" in the column they sum over). */
export function exportTableCsv(table: ExportTable): string {
  const keyColumns = table.columns.filter((column): column is KeyColumn => column !== 'count');
  const lines = [csvLine(table.columns)];
  for (const row of table.rows)
    lines.push(csvLine([...keyColumns.map((column) => row.key[column]), row.text]));
  for (const row of table.totals) {
    lines.push(
      csvLine([
        ...keyColumns.map((column) => (column === table.totalColumn ? 'total' : row.key[column])),
        row.text,
      ]),
    );
  }
  return lines.join('');
}

/** `buildExportTable` written as CSV. */
export function buildCountersCsv(rows: readonly CsvCounterRow[], options: ExportTableOptions = {}): string {
  return exportTableCsv(buildExportTable(rows, options));
}
