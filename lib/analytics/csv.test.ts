import { describe, expect, it } from 'vitest';
import { buildCountersCsv, csvField, type CsvCounterRow } from './csv';

const base = {
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
    const rows: CsvCounterRow[] = [
      { ...base, day: '2026-11-02', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing', count: 7 },
      { ...base, day: '2026-11-01', wave: 'w1', metric: 'visit', via: 'wave', page: 'landing', count: 2 },
      { ...base, day: '2026-11-01', wave: '', metric: 'unique', via: '', count: 12 },
      { ...base, day: '2026-11-01', wave: 'w1', metric: 'request', via: '', topic: 'exit', count: 3 },
    ];
    const lines = buildCountersCsv(rows).split('\r\n');
    expect(lines).toEqual([
      'day,wave,metric,page,locale,device,channel,audience,topic,via,count',
      '2026-11-01,,unique,,,,,,,,12',
      '2026-11-01,w1,request,,,,,,exit,,< 5',
      '2026-11-01,w1,visit,landing,,,,,,wave,< 5',
      '2026-11-02,w1,visit,landing,,,,,,wave,7',
      'total,w1,request,,,,,,,,< 5',
      'total,,unique,,,,,,,,12',
      'total,w1,visit,,,,,,,wave,9',
      '',
    ]);
  });
});
