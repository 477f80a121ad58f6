import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { counterKey } from '@/lib/counting/types';
import { getCountersCsv } from '@/lib/server/analytics/export';
import { getDashboard } from '@/lib/server/analytics/dashboard';
import { getPrivacyMode, savePrivacyMode } from '@/lib/server/analytics/privacy-mode';
import { getHelplinePreview } from '@/lib/server/admin/helplines';
import { getTeamsOverview } from '@/lib/server/admin/teams';
import { getWaves } from '@/lib/server/admin/waves';
import { addCounts } from '@/lib/server/counting/counter-store';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';
import { E2E_SERVER_ENV } from '../support/e2e-env';

const engines = await testEngines();

// The helpline preview adds the configured primary line; give the configuration what it requires.
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
const admin = session(['admin']);
const caseworker = session(['caseworker']);

// Fixed clock: "today" is 2026-11-29 in Amsterdam.
const NOW = new Date('2026-11-29T11:00:00Z');

describe.each(engines)('dashboard queries on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    const { db } = test;
    await db.wave.createMany({
      data: [
        { id: 'w1', code: 'tst-a1b2', name: 'A', sentOn: '2026-11-20', recipients: 400, smsText: '{link}' },
        { id: 'w2', code: 'tst-c3d4', name: 'B', sentOn: '2026-11-25', recipients: 100, smsText: '{link}' },
      ],
    });
    await db.helpline.create({
      data: {
        id: 'line',
        kind: 'phone',
        labelNl: 'Lijn',
        labelEn: 'Line',
        address: '+31302001234',
        audiences: 'recipient',
        topics: 'addiction,money,exit,other',
        schedule: JSON.stringify({
          weekly: [{ weekday: 7, opens: '09:00', closes: '17:00' }],
          exceptions: [],
          closedOnPublicHolidays: false,
        }),
      },
    });
    const rows = [
      [
        counterKey({
          day: '2026-11-20',
          wave: 'tst-a1b2',
          metric: 'visit',
          via: 'wave',
          page: 'landing',
          locale: 'nl',
          device: 'phone',
        }),
        100,
      ],
      [
        counterKey({
          day: '2026-11-21',
          wave: 'tst-a1b2',
          metric: 'visit',
          via: 'wave',
          page: 'landing',
          locale: 'en',
          device: 'desktop',
        }),
        20,
      ],
      [counterKey({ day: '2026-11-20', wave: 'tst-a1b2', metric: 'unique', via: 'wave' }), 80],
      [counterKey({ day: '2026-11-21', wave: 'tst-a1b2', metric: 'unique', via: 'wave' }), 15],
      [
        counterKey({
          day: '2026-11-26',
          wave: 'tst-c3d4',
          metric: 'visit',
          via: 'wave',
          page: 'landing',
          locale: 'nl',
          device: 'phone',
        }),
        30,
      ],
      [counterKey({ day: '2026-11-26', wave: 'tst-c3d4', metric: 'unique', via: 'wave' }), 25],
      [
        counterKey({
          day: '2026-11-22',
          metric: 'visit',
          via: 'direct',
          page: 'parents',
          locale: 'nl',
          device: 'phone',
        }),
        10,
      ],
      [counterKey({ day: '2026-11-20', metric: 'unique' }), 85],
      [counterKey({ day: '2026-11-21', metric: 'unique' }), 15],
      [counterKey({ day: '2026-11-22', metric: 'unique' }), 8],
      [counterKey({ day: '2026-11-26', metric: 'unique' }), 25],
      [counterKey({ day: '2026-11-20', wave: 'tst-a1b2', metric: 'tap', channel: 'line' }), 6],
      [counterKey({ day: '2026-11-26', wave: 'tst-c3d4', metric: 'tap', channel: 'emergency-112' }), 2],
      [
        counterKey({
          day: '2026-11-20',
          wave: 'tst-a1b2',
          metric: 'request',
          audience: 'recipient',
          topic: 'exit',
        }),
        3,
      ],
      [counterKey({ day: '2026-11-22', metric: 'request', audience: 'parent', topic: 'money' }), 1],
      [counterKey({ day: '2026-11-21', wave: 'tst-a1b2', metric: 'quick_exit' }), 2],
      [counterKey({ day: '2026-11-21', metric: 'bot', via: 'direct' }), 40],
      // The previous 30-day period (2026-10-01 .. 2026-10-30) and outside any range.
      [
        counterKey({
          day: '2026-10-15',
          metric: 'visit',
          via: 'direct',
          page: 'landing',
          locale: 'nl',
          device: 'phone',
        }),
        40,
      ],
      [
        counterKey({
          day: '2026-09-01',
          metric: 'visit',
          via: 'direct',
          page: 'landing',
          locale: 'nl',
          device: 'phone',
        }),
        999,
      ],
    ] as const;
    await addCounts(
      db,
      rows.map(([key, count]) => ({ key, count })),
    );
    const request = (id: string, wave: string, status: string, receivedAt: string) => ({
      id,
      reference: id,
      audience: 'recipient',
      topic: 'exit',
      wave,
      reach: 'callback',
      status,
      teamId: 'team',
      keyId: 'k1',
      receivedAt: new Date(receivedAt),
      updatedAt: new Date(receivedAt),
    });
    await db.contactRequest.createMany({
      data: [
        request('r1', 'tst-a1b2', 'answered', '2026-11-20T10:00:00Z'),
        request('r2', 'tst-a1b2', 'closed', '2026-11-20T22:00:00Z'),
        request('r3', 'tst-a1b2', 'new', '2026-11-21T10:00:00Z'),
        // 23:00 UTC on the 29th is already the 30th in Amsterdam: outside the range.
        request('r4', 'tst-c3d4', 'answered', '2026-11-29T23:00:00Z'),
      ],
    });
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('refuses anyone without the permission, in the query itself', async () => {
    await expect(getDashboard(caseworker, {}, { db: test.db, now: NOW })).rejects.toThrow('not allowed');
    await expect(getDashboard(null, {}, { db: test.db, now: NOW })).rejects.toThrow('not allowed');
    await expect(getWaves(analyst, test.db)).rejects.toThrow('not allowed');
    await expect(getTeamsOverview(analyst, test.db)).rejects.toThrow('not allowed');
    await expect(
      getCountersCsv(caseworker, { range: { from: '2026-11-01', to: '2026-11-29' }, waves: [] }, test.db),
    ).rejects.toThrow('not allowed');
  });

  it('sums the headline figures of the last 30 days against the 30 days before', async () => {
    const data = await getDashboard(analyst, {}, { db: test.db, now: NOW });
    expect([data.range.from, data.range.to]).toEqual(['2026-10-31', '2026-11-29']);
    expect(data.headline.visits).toMatchObject({ current: 160, previous: 40, percent: 300, direction: 'up' });
    expect(data.headline.uniqueSum.current).toBe(133);
    expect(data.headline.uniquePerDay.current).toBe(4.4);
    expect(data.headline.taps.current).toBe(8);
    expect(data.headline.tapsByKind).toEqual([{ kind: 'phone', count: 8 }]);
    expect(data.headline.requests.current).toBe(4);
    expect(data.headline.answered.current).toBe(2);
    expect(data.headline.quickExits.current).toBe(2);
    expect(data.series.find((point) => point.day === '2026-11-20')).toEqual({
      day: '2026-11-20',
      visits: 100,
      contacts: 9,
    });
    expect(data.series).toHaveLength(30);
    expect(data.visitsByLocale).toEqual([
      { key: 'nl', count: 140 },
      { key: 'en', count: 20 },
    ]);
    expect(data.requestsByAudience).toEqual([
      { key: 'recipient', count: 3 },
      { key: 'parent', count: 1 },
    ]);
  });

  it('gives each wave its own uniques and funnel, and scopes to chosen waves', async () => {
    const data = await getDashboard(analyst, { waves: ['tst-a1b2', 'nope'] }, { db: test.db, now: NOW });
    expect(data.chosenWaves).toEqual(['tst-a1b2']);
    expect(data.headline.visits.current).toBe(120);
    expect(data.headline.uniqueSum.current).toBe(95);
    expect(data.perWave).toHaveLength(1);
    expect(data.perWave[0]?.funnel.map((step) => [step.count, step.percentOfPrevious])).toEqual([
      [400, null],
      [95, 23.8],
      [9, 9.5],
      [2, 22.2],
      [0, 0],
    ]);
    const wave = await getDashboard(
      analyst,
      { preset: 'wave', waves: ['tst-c3d4'] },
      { db: test.db, now: NOW },
    );
    expect([wave.range.from, wave.range.days]).toEqual(['2026-11-25', 5]);
    expect(wave.headline.answered.current).toBe(0);
  });

  it('exports every column of the rows of the range with exact totals and small counts suppressed', async () => {
    const csv = await getCountersCsv(
      analyst,
      { range: { from: '2026-10-31', to: '2026-11-29' }, waves: [], breakdown: 'detail' },
      test.db,
    );
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('day,wave,arm,metric,page,locale,device,channel,audience,topic,via,count');
    expect(csv).not.toContain(',bot,');
    expect(lines).toContain('total,tst-a1b2,,visit,,,,,,,wave,120');
    expect(lines).toContain('total,tst-a1b2,,request,,,,,,,,< 5');
    expect(lines).toContain('2026-11-26,tst-c3d4,,tap,,,,emergency-112,,,,< 5');
    expect(csv).not.toContain('999');
  });

  it('stores privacy mode and previews helplines at a chosen time', async () => {
    expect(await getPrivacyMode(test.db)).toBe(false);
    await savePrivacyMode(test.db, true);
    expect(await getPrivacyMode(test.db)).toBe(true);
    expect((await getDashboard(analyst, {}, { db: test.db, now: NOW })).privacyMode).toBe(true);
    const sunday = await getHelplinePreview(
      admin,
      { audience: 'recipient', locale: 'nl', at: new Date('2026-11-29T10:00:00Z') },
      test.db,
    );
    expect(sunday.open.map((routed) => routed.channel.id)).toEqual(['line']);
    const night = await getHelplinePreview(
      admin,
      { audience: 'recipient', locale: 'nl', at: new Date('2026-11-29T22:00:00Z') },
      test.db,
    );
    expect(night.closed.map((routed) => routed.channel.id)).toEqual(['line']);
  });
});
