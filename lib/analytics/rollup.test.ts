import { describe, expect, it } from 'vitest';
import { breakdown, dailySeries, perDay, tapsByKind, type TotalRow, totalsOf, totalsPerWave } from './rollup';

const row = (metric: string, wave: string, via: string, count: number, channel = ''): TotalRow => ({
  metric,
  wave,
  via,
  channel,
  count,
});

const ROWS: TotalRow[] = [
  row('visit', 'a', 'wave', 100),
  row('visit', 'b', 'wave', 40),
  row('visit', '', 'direct', 30),
  row('unique', '', '', 120),
  row('unique', 'a', 'wave', 80),
  row('unique', 'b', 'wave', 30),
  row('tap', 'a', '', 5, 'uitweg-line'),
  row('tap', 'b', '', 2, 'uitweg-whatsapp'),
  row('tap', '', '', 1, 'uitweg-line'),
  row('request', 'a', '', 3),
  row('quick_exit', 'b', '', 2),
];

describe('rollups', () => {
  it('totals all traffic with the site-wide daily uniques', () => {
    const totals = totalsOf(ROWS, []);
    expect(totals).toMatchObject({ visits: 170, uniqueSum: 120, taps: 8, requests: 3, quickExits: 2 });
    expect(Object.fromEntries(totals.tapsByChannel)).toEqual({ 'uitweg-line': 6, 'uitweg-whatsapp': 2 });
  });

  it('totals chosen waves with their own uniques, and each wave separately', () => {
    expect(totalsOf(ROWS, ['a'])).toMatchObject({ visits: 100, uniqueSum: 80, taps: 5, requests: 3 });
    expect(totalsOf(ROWS, ['a', 'b'])).toMatchObject({ visits: 140, uniqueSum: 110, taps: 7 });
    const perWave = totalsPerWave(ROWS, ['a', 'b', 'c']);
    expect(perWave.get('b')).toMatchObject({ visits: 40, uniqueSum: 30, taps: 2, quickExits: 2 });
    expect(perWave.get('c')).toMatchObject({ visits: 0, uniqueSum: 0 });
  });

  it('groups taps by channel kind, unknown channels as other', () => {
    const kinds = new Map([
      ['uitweg-line', 'phone'],
      ['addiction-line', 'phone'],
      ['uitweg-whatsapp', 'whatsapp'],
    ]);
    const result = tapsByKind(
      new Map([
        ['uitweg-line', 5],
        ['addiction-line', 2],
        ['uitweg-whatsapp', 3],
        ['gone', 1],
      ]),
      (id) => kinds.get(id),
    );
    expect([...result]).toEqual([
      ['phone', 7],
      ['whatsapp', 3],
      ['other', 1],
    ]);
  });

  it('fills every day of the series and sorts breakdowns', () => {
    expect(
      dailySeries(
        ['2026-11-01', '2026-11-02'],
        [
          { day: '2026-11-02', metric: 'visit', count: 9 },
          { day: '2026-11-02', metric: 'tap', count: 2 },
          { day: '2026-11-02', metric: 'request', count: 1 },
          { day: '2026-10-31', metric: 'visit', count: 50 },
        ],
      ),
    ).toEqual([
      { day: '2026-11-01', visits: 0, contacts: 0 },
      { day: '2026-11-02', visits: 9, contacts: 3 },
    ]);
    expect(
      breakdown([
        { key: 'nl', count: 3 },
        { key: 'en', count: 3 },
        { key: 'nl', count: 2 },
        { key: 'de', count: 0 },
      ]),
    ).toEqual([
      { key: 'nl', count: 5 },
      { key: 'en', count: 3 },
    ]);
    expect(perDay(100, 30)).toBe(3.3);
  });
});
