import { type CellGroup, type CellState, suppressCells } from './cell-suppression';
import { HIDDEN_COUNT_TEXT, SMALL_NUMBER_TEXT } from './small-numbers';

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

type KeyColumn = Exclude<(typeof CSV_COLUMNS)[number], 'count'>;

export type CsvCounterRow = Record<KeyColumn, string> & {
  count: number;
};

export interface CountersCsvOptions {
  /** The columns of each total row (by default metric, wave and via); its count is the sum of the rows alike there. */
  totalsBy?: readonly KeyColumn[];
}

/** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function displayed(value: number, state: CellState): string {
  if (state === 'small') return SMALL_NUMBER_TEXT;
  return state === 'hidden' ? HIDDEN_COUNT_TEXT : String(value);
}

const compareBy =
  (columns: readonly KeyColumn[]) =>
  (a: Record<KeyColumn, string>, b: Record<KeyColumn, string>): number => {
    for (const column of columns) {
      if (a[column] !== b[column]) return a[column] < b[column] ? -1 : 1;
    }
    return 0;
  };

function groupIndices(indices: readonly number[], keyOf: (index: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const index of indices) {
    const key = keyOf(index);
    const members = groups.get(key);
    if (members) members.push(index);
    else groups.set(key, [index]);
  }
  return groups;
}

/**
 * The daily aggregate rows, then one `total` row per metric, wave and via (by default): the exact sum of the rows
 * above it for that key. Counts from 1 to 4 read "< 5", totals included. Where a "< 5" could be worked out by
 * subtracting the other rows from their total, another count of the group reads "x" (see `suppressCells`): a
 * row where possible, so that the totals stay exact; the total itself only in groups too small for that.
 */
export function buildCountersCsv(rows: readonly CsvCounterRow[], options: CountersCsvOptions = {}): string {
  const totalsBy = options.totalsBy ?? ['metric', 'wave', 'via'];
  const keyColumns = CSV_COLUMNS.filter((column): column is KeyColumn => column !== 'count');
  const sorted = [...rows].sort(compareBy(keyColumns));
  const values = sorted.map((row) => row.count);
  const keyOf = (index: number) => JSON.stringify(totalsBy.map((column) => sorted[index]![column]));
  const groups: CellGroup[] = [];
  const totals = [
    ...groupIndices(
      sorted.map((_, index) => index),
      keyOf,
    ).values(),
  ]
    .map((members) => ({ row: sorted[members[0]!]!, members }))
    .sort((a, b) => compareBy(totalsBy)(a.row, b.row))
    .map(({ row, members }) => {
      const cell = values.push(members.reduce((sum, member) => sum + values[member]!, 0)) - 1;
      groups.push({ total: cell, members });
      return { row, cell };
    });

  const { states } = suppressCells({ values, groups });
  const lines = [csvLine(CSV_COLUMNS)];
  sorted.forEach((row, index) => {
    lines.push(csvLine([...keyColumns.map((column) => row[column]), displayed(row.count, states[index]!)]));
  });
  for (const { row, cell } of totals) {
    lines.push(
      csvLine([
        'total',
        ...keyColumns.slice(1).map((column) => (totalsBy.includes(column) ? row[column] : '')),
        displayed(values[cell]!, states[cell]!),
      ]),
    );
  }
  return lines.join('');
}
