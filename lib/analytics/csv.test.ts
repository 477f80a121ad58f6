import { describe, expect, it } from 'vitest';
import { demoCounters } from '@/lib/server/seed/demo-seed';
import {
  aggregateRows,
  BREAKDOWN_COLUMNS,
  BREAKDOWN_REFUSED,
  breakdownParam,
  buildCountersCsv,
  buildExportTable,
  csvField,
  type CsvCounterRow,
  DEFAULT_BREAKDOWN,
  EXPORT_BREAKDOWNS,
  type ExportBreakdown,
  type ExportTableOptions,
  exportTableCsv,
  isExportBreakdown,
  summaryOf,
  totalsColumns,
} from './csv';

const detail: ExportTableOptions = { breakdown: 'detail' };

const base = {
  arm: '',
  page: '',
  locale: '',
  device: '',
  channel: '',
  audience: '',
  topic: '',
};

describe('CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('lists rows sorted, suppresses 1 to 4, and adds exact totals per metric, wave and via', () => {
    // The 7 reads "x": with it, 9 - 7 would give the "< 5" away (main printed it).
    const rows: CsvCounterRow[] = [
      { ...base, day: '2026-11-02', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing', count: 7 },
      { ...base, day: '2026-11-01', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing', count: 2 },
      { ...base, day: '2026-11-01', wave: '', metric: 'unique', via: '', count: 12 },
      { ...base, day: '2026-11-01', wave: 'w1', metric: 'request', via: '', topic: 'exit', count: 3 },
    ];
    const lines = buildCountersCsv(rows, detail).split('\r\n');
    expect(lines).toEqual([
      'day,wave,arm,metric,page,locale,device,channel,audience,topic,via,count',
      '2026-11-01,,,unique,,,,,,,,12',
      '2026-11-01,w1,,request,,,,,,exit,,< 5',
      '2026-11-01,w1,,visit,landing,,,,,,wave,< 5',
      '2026-11-02,w1,,visit,landing,,,,,,wave,x',
      'total,w1,,request,,,,,,,,< 5',
      'total,,,unique,,,,,,,,12',
      'total,w1,,visit,,,,,,,wave,9',
      '',
    ]);
  });
});

/** One CSV count as a reader sees it: exact, or the range its marker stands for ("x" as 5 or more, or `hiddenMin`). */
function readCount(text: string, hiddenMin: number): { lo: number; hi: number } {
  if (text === '< 5') return { lo: 1, hi: 4 };
  if (text === 'x') return { lo: hiddenMin, hi: Infinity };
  return { lo: Number(text), hi: Number(text) };
}

type CsvRecord = Record<string, string>;

/** A total row has "total" in one of its key columns. */
const isTotal = (record: CsvRecord) =>
  Object.entries(record).some(([column, value]) => column !== 'count' && value === 'total');

/** The CSV as records by column name. */
function parseCsv(csv: string): { header: string[]; records: CsvRecord[] } {
  const [head, ...lines] = csv.trim().split('\r\n');
  const header = head!.split(',');
  const records = lines.map((line) => {
    const fields = line.split(',');
    return Object.fromEntries(header.map((column, at) => [column, fields[at]!]));
  });
  return { header, records };
}

/**
 * The attacker, written apart from the code under test: reads the CSV alone, puts each row under the total row
 * with its metric, wave (where the CSV has that column) and via, and narrows every hidden count by subtracting the
 * others from the total, until nothing changes. "x" is read as 5 or more (a reader who guesses how it is chosen), or
 * as 1 or more where that reading cannot be right. Returns the rows whose "< 5" it worked out, with the value.
 */
function recoveredSmallCells(csv: string): string[] {
  const { header, records } = parseCsv(csv);
  const by = ['metric', 'wave', 'via'].filter((column) => header.includes(column));
  const data = records.filter((record) => !isTotal(record));
  const found: string[] = [];
  for (const total of records.filter(isTotal)) {
    const members = data.filter((row) => by.every((column) => row[column] === total[column]));
    for (const hiddenMin of [5, 1]) {
      const ranges = members.map((row) => readCount(row.count!, hiddenMin));
      const sum = readCount(total.count!, hiddenMin);
      let impossible = false;
      for (let changed = true; changed && !impossible;) {
        changed = false;
        const lo = ranges.reduce((acc, range) => acc + range.lo, 0);
        const hi = ranges.reduce((acc, range) => acc + range.hi, 0);
        if (lo > sum.lo || hi < sum.hi)
          [sum.lo, sum.hi, changed] = [Math.max(sum.lo, lo), Math.min(sum.hi, hi), true];
        ranges.forEach((range, at) => {
          const othersLo = lo - range.lo;
          const othersHi = ranges.reduce((acc, other, index) => (index === at ? acc : acc + other.hi), 0);
          const next = {
            lo: Math.max(range.lo, sum.lo - othersHi),
            hi: Math.min(range.hi, sum.hi - othersLo),
          };
          if (next.lo !== range.lo || next.hi !== range.hi) [ranges[at], changed] = [next, true];
          if (next.lo > next.hi) impossible = true;
        });
        if (sum.lo > sum.hi) impossible = true;
      }
      if (impossible) continue;
      members.forEach((row, at) => {
        if (row.count === '< 5' && ranges[at]!.lo === ranges[at]!.hi)
          found.push(`${header.map((column) => row[column]).join(',')} = ${ranges[at]!.lo}`);
      });
      break;
    }
  }
  return found;
}

/** A year of demo-like data: the demo seed's 46 days, eight times over, one after the other. */
function demoYear(): CsvCounterRow[] {
  const last = Date.parse('2026-11-29T12:00:00Z');
  return Array.from({ length: 8 }, (_, block) =>
    demoCounters(new Date(last - block * 46 * 86_400_000)).filter((row) => row.metric !== 'bot'),
  ).flat();
}

describe('CSV export against an attacker who subtracts', () => {
  it('gives away no "< 5" through its totals (the demo data)', () => {
    const rows = demoCounters(new Date('2026-11-29T12:00:00Z')).filter((row) => row.metric !== 'bot');
    const csv = buildCountersCsv(rows, detail);
    expect(csv).toContain(',< 5\r\n');
    expect(recoveredSmallCells(csv)).toEqual([]);
  });

  it('gives away no "< 5" in a small export, and keeps the total exact: one wave, one day, a few devices', () => {
    const row = { ...base, day: '2026-11-01', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing' };
    const rows: CsvCounterRow[] = [
      { ...row, device: 'phone', count: 9 },
      { ...row, device: 'tablet', count: 1 },
      { ...row, device: 'desktop', count: 6 },
    ];
    const csv = buildCountersCsv(rows, detail);
    expect(recoveredSmallCells(csv)).toEqual([]);
    expect(csv).toContain('desktop,,,,wave,x\r\n');
    expect(csv).toContain('total,w1,,visit,,,,,,,wave,16\r\n');
  });

  it('hides the total only where no row can protect the "< 5" (1 and 5 make 6)', () => {
    const row = { ...base, day: '2026-11-01', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing' };
    const csv = buildCountersCsv(
      [
        { ...row, device: 'phone', count: 5 },
        { ...row, device: 'tablet', count: 1 },
      ],
      detail,
    );
    expect(recoveredSmallCells(csv)).toEqual([]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      '2026-11-01,w1,,visit,landing,,phone,,,,wave,5',
      '2026-11-01,w1,,visit,landing,,tablet,,,,wave,< 5',
      'total,w1,,visit,,,,,,,wave,x',
    ]);
  });

  it('protects a year of demo data, hides a total only where each of its rows is 1, in well under a second', () => {
    const rows = demoYear();
    const started = performance.now();
    const csv = buildCountersCsv(rows, detail);
    const took = performance.now() - started;
    const cells = parseCsv(csv).records;
    const count = (pick: (record: (typeof cells)[number]) => boolean) => cells.filter(pick).length;
    console.log(
      `year of demo data: ${rows.length} rows, ${count((r) => r.count === '< 5')} "< 5",`,
      `${count((r) => r.count === 'x')} "x" (${count((r) => isTotal(r) && r.count === 'x')} totals)`,
      `in ${took.toFixed(0)} ms`,
    );
    expect(recoveredSmallCells(csv)).toEqual([]);
    // Such a total equals its number of rows, which gives every row away; no other row can change that.
    const hiddenTotals = cells.filter((record) => isTotal(record) && record.count === 'x');
    expect(hiddenTotals.length).toBeGreaterThan(0);
    for (const { wave, metric, via } of hiddenTotals) {
      const counts = rows.filter((row) => row.wave === wave && row.metric === metric && row.via === via);
      expect(counts.every((row) => row.count === 1)).toBe(true);
    }
    expect(took).toBeLessThan(1000);
  });
});

describe('CSV export by breakdown', () => {
  // The demo data's last 30 days, as the dashboard's default range would export them.
  const demo = demoCounters(new Date('2026-11-29T12:00:00Z')).filter(
    (row) => row.metric !== 'bot' && row.day >= '2026-10-31',
  );

  it.each(EXPORT_BREAKDOWNS)(
    '%s: sums to its own columns, exact totals, nothing to subtract',
    (breakdown) => {
      const table = buildExportTable(demo, { breakdown });
      const csv = exportTableCsv(table);
      const { header, records } = parseCsv(csv);
      expect(header).toEqual([...BREAKDOWN_COLUMNS[breakdown], 'count']);
      expect(header.includes('arm')).toBe(breakdown === 'wave-arm' || breakdown === 'detail');
      // One row per key: the counter rows were summed before anything was judged small.
      const keys = table.rows.map((row) =>
        JSON.stringify(BREAKDOWN_COLUMNS[breakdown].map((c) => row.key[c])),
      );
      expect(new Set(keys).size).toBe(keys.length);
      expect(table.rows.reduce((sum, row) => sum + row.count, 0)).toBe(
        demo.reduce((sum, row) => sum + row.count, 0),
      );
      // Totals: the exact sum of the counter rows alike in metric, wave (where shown) and via.
      const by = totalsColumns(breakdown);
      for (const total of table.totals) {
        const exact = demo
          .filter((row) => by.every((column) => row[column] === total.key[column]))
          .reduce((sum, row) => sum + row.count, 0);
        expect(total.count).toBe(exact);
        if (total.state === 'shown') expect(total.text).toBe(String(exact));
      }
      expect(records.filter(isTotal)).toHaveLength(table.totals.length);
      expect(records.some((record) => /^[1-4]$/.test(record.count!))).toBe(false);
      expect(recoveredSmallCells(csv)).toEqual([]);
      // The summary is read off the same rows the CSV prints.
      const data = records.filter((record) => !isTotal(record));
      expect(table.summary).toMatchObject({
        rows: data.length,
        smallRows: data.filter((record) => record.count === '< 5').length,
        hiddenRows: data.filter((record) => record.count === 'x').length,
        totals: table.totals.length,
      });
    },
  );

  it('suppresses far fewer visit rows per day and wave than with every column', () => {
    const share = (breakdown: ExportBreakdown) => {
      const { rows, smallRows, hiddenRows } = summaryOf(buildExportTable(demo, { breakdown }), 'visit');
      return (smallRows + hiddenRows) / rows;
    };
    expect(share('detail')).toBeGreaterThan(0.9);
    expect(share('day-wave')).toBeLessThanOrEqual(0.5);
    expect(share('wave-arm')).toBe(0);
  });

  it('groups by wave and arm, shows 0 as 0 and 1 to 4 as "< 5", and hides one more where a total tells', () => {
    const row = { ...base, wave: 'w1', metric: 'visit', via: 'wave', page: 'landing' };
    const csv = buildCountersCsv(
      [
        { ...row, day: '2026-11-01', arm: 'a', device: 'phone', count: 6 },
        { ...row, day: '2026-11-02', arm: 'a', device: 'tablet', count: 6 },
        { ...row, day: '2026-11-01', arm: 'b', count: 3 },
        { ...row, day: '2026-11-01', arm: 'c', count: 20 },
        { ...row, day: '2026-11-01', arm: 'd', count: 0 },
        { ...base, day: '2026-11-01', wave: 'w1', metric: 'tap', via: '', channel: 'line', count: 0 },
      ],
      { breakdown: 'wave-arm' },
    );
    expect(csv.split('\r\n')).toEqual([
      'wave,arm,metric,via,count',
      'w1,,tap,,0',
      'w1,a,visit,wave,x',
      'w1,b,visit,wave,< 5',
      'w1,c,visit,wave,20',
      'w1,d,visit,wave,0',
      'w1,total,tap,,0',
      'w1,total,visit,wave,35',
      '',
    ]);
    expect(recoveredSmallCells(csv)).toEqual([]);
  });

  it('counts a sum shown elsewhere on the page: a day of a chart cannot give a "< 5" away', () => {
    const rows: CsvCounterRow[] = [
      { ...base, day: '2026-11-01', wave: 'w1', metric: 'visit', via: 'wave', count: 3 },
      { ...base, day: '2026-11-01', wave: '', metric: 'visit', via: 'direct', count: 20 },
      { ...base, day: '2026-11-02', wave: '', metric: 'visit', via: 'direct', count: 10 },
    ];
    const alone = buildExportTable(rows, { breakdown: 'day' });
    expect(alone.rows.map((row) => row.text)).toEqual(['20', '< 5', '10']);
    // With the day's 23 visits beside it, 23 - 20 would be the 3.
    const table = buildExportTable(rows, {
      breakdown: 'day',
      outside: [{ of: (key) => key.day === '2026-11-01' }],
    });
    expect(table.rows.map((row) => row.text)).toEqual(['x', '< 5', 'x']);
    expect(table.totals.map((row) => row.text)).toEqual(['30', '< 5']);
    expect(table.summary).toEqual({ rows: 3, smallRows: 1, hiddenRows: 2, totals: 2, suppressedTotals: 1 });
  });

  it('reads the breakdown parameter: none is the default, an unknown one or two of them are refused', () => {
    expect(breakdownParam.parse([])).toBe('day-wave');
    expect(breakdownParam.parse(['wave-arm'])).toBe('wave-arm');
    expect(breakdownParam.safeParse(['everything']).success).toBe(false);
    expect(breakdownParam.safeParse(['']).success).toBe(false);
    expect(breakdownParam.safeParse(['day', 'page']).success).toBe(false);
    expect(BREAKDOWN_REFUSED).toBe(
      'Unknown breakdown: give one of day, day-wave, wave-arm, page, locale, device, detail, once.\n',
    );
  });

  it('knows its breakdowns', () => {
    expect(DEFAULT_BREAKDOWN).toBe('day-wave');
    expect(EXPORT_BREAKDOWNS.every(isExportBreakdown)).toBe(true);
    expect(isExportBreakdown('everything')).toBe(false);
    expect(
      aggregateRows(demo, 'locale')
        .filter((row) => row.metric === 'visit')
        .map((row) => `${row.locale}/${row.via}`),
    ).toEqual(['en/direct', 'en/wave', 'nl/direct', 'nl/wave']);
  });
});
