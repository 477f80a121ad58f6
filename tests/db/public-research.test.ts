import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'public-research-test-secret-public-research!',
});

const { seedDemo } = await import('@/lib/server/seed/demo-seed');
const { listFinishedExperiments } = await import('@/lib/server/experiments/public-research');
const { getExperimentResult } = await import('@/lib/server/experiments/results');

const engines = await testEngines();
const NOW = new Date('2026-11-29T12:00:00Z');

describe.each(engines)('the public research list on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    test = await createTestDatabase(engine);
    await seedDemo(test.db, NOW);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('has exactly the finished demo experiment, with whole percentages and no count', async () => {
    const experiments = await listFinishedExperiments(test.db);
    expect(experiments).toEqual([
      {
        // 34 days before 29 November 2026.
        month: '2026-10',
        measure: 'reachedOut',
        differences: ['smsText', 'intro', 'channelOrder'],
        arms: [
          { label: 'bel eerst', channelOrder: 'call-first', share: { kind: 'percent', percent: 8 } },
          { label: 'schrijf eerst', channelOrder: 'write-first', share: { kind: 'percent', percent: 15 } },
        ],
        lessons: [{ kind: 'difference', higher: 'schrijf eerst', lower: 'bel eerst' }],
      },
    ]);
    // 56 and 105 reached out of 700 each: none of these numbers, nor a wave or link code, is passed on.
    const text = JSON.stringify(experiments);
    expect(text).not.toMatch(/\b(56|105|700|1400)\b/);
    expect(text).not.toContain('utr-');
    expect(text).not.toContain('Utrecht');
  });

  it('still leaves the staff results behind their permission check', async () => {
    const wave = await test.db.wave.findUniqueOrThrow({ where: { code: 'utr-n5w8' } });
    await expect(getExperimentResult(null, wave.id, test.db)).rejects.toThrow(/not allowed/);
  });

  it('lists a closed experiment only once every arm has its delivered count, and then claims nothing early', async () => {
    const running = await test.db.wave.findUniqueOrThrow({ where: { code: 'utr-r2t6' } });
    const [first] = await test.db.waveArm.findMany({
      where: { waveId: running.id },
      orderBy: { position: 'asc' },
    });
    await test.db.wave.update({ where: { id: running.id }, data: { closed: true } });
    await test.db.waveArm.update({ where: { id: first!.id }, data: { sent: null } });
    expect((await listFinishedExperiments(test.db)).map((experiment) => experiment.month)).toEqual([
      '2026-10',
    ]);

    await test.db.waveArm.update({ where: { id: first!.id }, data: { sent: 240 } });
    const [newest, older] = await listFinishedExperiments(test.db);
    expect(older?.month).toBe('2026-10');
    // Closed below its planned size of 388 per arm, before the sequential rule stopped: no conclusion either way.
    expect(newest).toMatchObject({
      month: '2026-11',
      measure: 'visited',
      arms: [
        { label: 'bel eerst', share: { kind: 'percent', percent: 40 } },
        { label: 'schrijf eerst', share: { kind: 'percent', percent: 46 } },
      ],
      lessons: [{ kind: 'no-conclusion', control: 'bel eerst', arm: 'schrijf eerst' }],
    });
  });
});
