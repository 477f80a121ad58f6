import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { EXPORT_BREAKDOWNS, exportTableCsv, summaryOf } from '@/lib/analytics/csv';
import { getDashboard } from '@/lib/server/analytics/dashboard';
import { getCountersCsv, getExportTable, getReportVisits } from '@/lib/server/analytics/export';
import { seedDemo } from '@/lib/server/seed/demo-seed';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';
import { E2E_SERVER_ENV } from '../support/e2e-env';

const engines = await testEngines();

// The demo conversations are sealed under the configured keys; give the configuration what it requires.
for (const key of ['HELPLINE_NUMBER', 'ENCRYPTION_KEYS', 'APP_SECRET'] as const)
  process.env[key] ??= E2E_SERVER_ENV[key];

const session = (roles: StaffSession['roles']): StaffSession =>
  ({
    sessionId: 's',
    userId: 'u',
    email: 'x@uitweg.test',
    name: 'X',
    roles,
    teamIds: [],
    mustEnrolTotp: false,
  }) as StaffSession;
const analyst = session(['analyst']);
const caseworker = session(['caseworker']);

// Fixed clock: the demo data is seeded and read as of 2026-11-29 in Amsterdam.
const NOW = new Date('2026-11-29T12:00:00Z');

describe.each(engines)('export breakdowns of the demo data on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    expect(await seedDemo(test.db, NOW)).not.toBeNull();
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('per day and wave (the default), the last 30 days keep most visit rows, and the totals add up to the headline', async () => {
    const data = await getDashboard(analyst, {}, { db: test.db, now: NOW });
    expect([data.range.from, data.range.to]).toEqual(['2026-10-31', '2026-11-29']);
    const table = await getExportTable(analyst, { range: data.range, waves: [] }, test.db);
    expect(table.breakdown).toBe('day-wave');
    const visits = summaryOf(table, 'visit');
    expect(visits.rows).toBeGreaterThan(30);
    expect(visits.smallRows + visits.hiddenRows).toBeLessThanOrEqual(visits.rows / 2);
    // The visit totals are shown, exact, and add up to the dashboard's headline visits for the same range.
    const totals = table.totals.filter((row) => row.key.metric === 'visit');
    expect(totals.every((row) => row.state === 'shown')).toBe(true);
    expect(totals.reduce((sum, row) => sum + Number(row.text), 0)).toBe(data.headline.visits.current);
    // The CSV is the same table.
    const csv = await getCountersCsv(analyst, { range: data.range, waves: [] }, test.db);
    expect(csv).toBe(exportTableCsv(table));
    expect(csv.split('\r\n')[0]).toBe('day,wave,metric,via,count');
  });

  it('measures every breakdown the same way, and keeps each one exact in its totals', async () => {
    const data = await getDashboard(analyst, {}, { db: test.db, now: NOW });
    const shares: Record<string, string> = {};
    for (const breakdown of EXPORT_BREAKDOWNS) {
      const table = await getExportTable(analyst, { range: data.range, waves: [], breakdown }, test.db);
      const { rows, smallRows, hiddenRows } = summaryOf(table, 'visit');
      shares[breakdown] =
        `${smallRows + hiddenRows}/${rows} (${Math.round((100 * (smallRows + hiddenRows)) / rows)} %)`;
      const visitTotal = table.totals
        .filter((row) => row.key.metric === 'visit')
        .reduce((sum, row) => sum + row.count, 0);
      expect(visitTotal, breakdown).toBe(data.headline.visits.current);
      expect(table.rows.some((row) => row.state === 'shown' && /^[1-4]$/.test(row.text))).toBe(false);
    }
    console.log(`suppressed visit rows, last 30 days of the demo data (${engine}):`, shares);
    expect(Number(/\((\d+) %\)/.exec(shares.detail!)![1])).toBeGreaterThan(90);
  });

  it('gives the monthly report its visits by the chosen breakdown, and refuses those who may not see them', async () => {
    const range = { from: '2026-11-01', to: '2026-11-29' };
    const report = await getReportVisits(analyst, { range, breakdown: 'wave-arm', chartDays: [] }, test.db);
    expect(report.rows.every((row) => row.key.metric === 'visit')).toBe(true);
    expect(report.columns).toEqual(['wave', 'arm', 'metric', 'via', 'count']);
    await expect(
      getReportVisits(caseworker, { range, breakdown: 'day', chartDays: [] }, test.db),
    ).rejects.toThrow('not allowed');
    await expect(getExportTable(caseworker, { range, waves: [] }, test.db)).rejects.toThrow('not allowed');
  });
});
