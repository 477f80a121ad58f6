import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'experiment-results-test-secret-experiment!',
});

const { seedDemo } = await import('@/lib/server/seed/demo-seed');
const { getExperimentResult, getExperiments, getPoolableLabels, getPooledComparison } =
  await import('@/lib/server/experiments/results');

const engines = await testEngines();
const NOW = new Date('2026-11-29T12:00:00Z');
const analyst: StaffSession = {
  sessionId: 's1',
  userId: 'u1',
  email: 'a@x.nl',
  name: 'Analist',
  roles: ['analyst'],
  teamIds: [],
};
const caseworker: StaffSession = { ...analyst, roles: ['caseworker'], teamIds: ['team-youth'] };

describe.each(engines)('experiment results on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    test = await createTestDatabase(engine);
    await seedDemo(test.db, NOW);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('lists the waves with arms, and only to those who may see the dashboard', async () => {
    const experiments = await getExperiments(analyst, test.db);
    expect(experiments.map((experiment) => [experiment.code, experiment.finished])).toEqual([
      ['utr-r2t6', false],
      ['utr-n5w8', true],
    ]);
    await expect(getExperiments(caseworker, test.db)).rejects.toThrow(/not allowed/);
    await expect(getExperiments(null, test.db)).rejects.toThrow(/not allowed/);
  });

  it('gives each arm its funnel from the counters and requests attributed to it, with Wilson intervals', async () => {
    const [finished] = (await getExperiments(analyst, test.db)).filter((experiment) => experiment.finished);
    const result = await getExperimentResult(analyst, finished!.id, test.db);
    expect(result?.plan).toEqual({
      measure: 'reachedOut',
      baselinePercent: 8,
      differencePoints: 5,
      perArm: 589,
    });
    const write = result!.arms.find((arm) => arm.label === 'schrijf eerst')!;
    expect(write.sent).toBe(700);
    const steps = Object.fromEntries(write.funnel!.map((step) => [step.key, step]));
    expect(steps.visited?.count).toBe(301);
    // Reached out: 40 taps + 13 requests + 52 conversations.
    expect(steps.reachedOut?.count).toBe(105);
    expect(steps.answered?.count).toBe(55);
    expect(steps.answerRead?.count).toBe(31);
    expect(steps.reachedOut?.ofSent?.estimate).toBeCloseTo(105 / 700, 10);
    expect(steps.reachedOut?.ofSent?.low).toBeLessThan(0.15);
    expect(steps.reachedOut?.ofSent?.high).toBeGreaterThan(0.15);
    expect(steps.reachedOut?.ofPrevious?.estimate).toBeCloseTo(105 / 301, 10);
    expect(result!.arms.find((arm) => arm.label === 'bel eerst')!.primary).toBe(56);
  });

  it('decides the finished experiment (write first reached more people) and calls the running one not final', async () => {
    const experiments = await getExperiments(analyst, test.db);
    const finished = await getExperimentResult(analyst, experiments.find((e) => e.finished)!.id, test.db);
    const [comparison] = finished!.verdict!.comparisons;
    expect(finished!.rule).toBe('planned-size-test');
    expect(comparison).toMatchObject({ status: 'difference', higher: 'arm', decidedBy: 'planned-size-test' });
    expect(comparison!.interval!.low).toBeGreaterThan(0);
    expect(finished!.suppressed).toBe(false);

    const running = await getExperimentResult(analyst, experiments.find((e) => !e.finished)!.id, test.db);
    expect(running!.plan!.perArm).toBe(388);
    expect(running!.rule).toBe('sequential-rule');
    expect(running!.verdict!.comparisons[0]).toMatchObject({
      status: 'not-final',
      interval: null,
      test: null,
    });
  });

  it('pools arms with the same label across waves, stratified by wave', async () => {
    expect(await getPoolableLabels(analyst, test.db)).toEqual(['bel eerst', 'schrijf eerst']);
    const pooled = await getPooledComparison(
      analyst,
      { measure: 'reachedOut', labelA: 'schrijf eerst', labelB: 'bel eerst' },
      test.db,
    );
    expect(pooled.waves.map((wave) => wave.code)).toEqual(['utr-n5w8', 'utr-r2t6']);
    expect(pooled.difference?.strataUsed).toBe(2);
    // Both waves point the same way: 15.0 % against 8.0 % and 16.3 % against 9.2 % reached out.
    expect(pooled.difference!.estimate).toBeGreaterThan(0.06);
    expect(pooled.difference!.estimate).toBeLessThan(0.075);
    expect(pooled.test!.pValue).toBeLessThan(0.001);
  });
});
