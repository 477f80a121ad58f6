import { describe, expect, it } from 'vitest';
import { addDays, dayCount, daysBetween, isIsoDay } from './days';
import { monthRange, previousMonth, previousPeriod, resolveRange } from './range';

const TODAY = '2026-11-29';

describe('date ranges', () => {
  it('does calendar arithmetic across months, leap days and DST dates', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(dayCount('2026-10-24', '2026-10-26')).toBe(3);
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('29-11-2026')).toBe(false);
  });

  it('resolves the presets against a fixed today, with the previous period of equal length', () => {
    expect(resolveRange({ preset: '7d' }, TODAY, null)).toEqual({
      preset: '7d',
      from: '2026-11-23',
      to: TODAY,
      days: 7,
      previous: { from: '2026-11-16', to: '2026-11-22' },
    });
    const month = resolveRange({}, TODAY, null);
    expect([month.preset, month.from, month.days, month.previous.from, month.previous.to]).toEqual([
      '30d',
      '2026-10-31',
      30,
      '2026-10-01',
      '2026-10-30',
    ]);
    const wave = resolveRange({ preset: 'wave' }, TODAY, '2026-11-17');
    expect([wave.from, wave.to, wave.days, wave.previous.from]).toEqual([
      '2026-11-17',
      TODAY,
      13,
      '2026-11-04',
    ]);
  });

  it('orders, clamps and bounds a custom range; falls back to 30 days on nonsense', () => {
    const custom = resolveRange({ preset: 'custom', from: '2026-12-10', to: '2026-11-01' }, TODAY, null);
    expect([custom.from, custom.to]).toEqual(['2026-11-01', TODAY]);
    const long = resolveRange({ preset: 'custom', from: '2020-01-01', to: '2026-11-01' }, TODAY, null);
    expect(long.days).toBe(800);
    expect(resolveRange({ preset: 'custom', from: 'x', to: '2026-11-01' }, TODAY, null).preset).toBe('30d');
    expect(resolveRange({ preset: 'wave' }, TODAY, null).preset).toBe('30d');
    expect(resolveRange({ preset: 'drop table' }, TODAY, null).preset).toBe('30d');
  });

  it('knows months and the previous period', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2026-13')).toBeNull();
    expect(previousMonth('2027-01-15')).toBe('2026-12');
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
  });
});
