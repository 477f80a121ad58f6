import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterKey } from '@/lib/counting/types';
import { addCounts } from '@/lib/server/counting/counter-store';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const run = promisify(execFile);
const engines = await testEngines();

describe.each(engines)('aggregate counters on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('adds batches to existing rows instead of overwriting them', async () => {
    const key = counterKey({ day: '2026-11-29', metric: 'tap', channel: 'uitweg-line', wave: 'utr-x7k2' });
    await addCounts(test.db, [{ key, count: 2 }]);
    await addCounts(test.db, [
      { key, count: 3 },
      { key: { ...key, channel: 'uitweg-sms' }, count: 1 },
    ]);
    const rows = await test.db.dailyCounter.findMany({
      where: { metric: 'tap' },
      orderBy: { channel: 'asc' },
    });
    expect(rows.map((row) => [row.channel, row.count])).toEqual([
      ['uitweg-line', 5],
      ['uitweg-sms', 1],
    ]);
  });

  it('writes a batch larger than one statement in one transaction', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => ({
      key: counterKey({ day: '2026-11-28', metric: 'visit', page: `page-${i}` }),
      count: 1,
    }));
    await addCounts(test.db, rows);
    const sum = await test.db.dailyCounter.aggregate({ _sum: { count: true }, where: { day: '2026-11-28' } });
    expect(sum._sum.count).toBe(1_200);
  });

  it('two processes incrementing the same counters at once add up exactly', async () => {
    const perProcess = 3_000;
    const worker = [
      '--conditions=react-server',
      'tests/support/counter-worker.mts',
      test.url,
      String(perProcess),
      '7',
    ];
    const results = await Promise.all([run('npx', ['tsx', ...worker]), run('npx', ['tsx', ...worker])]);
    for (const { stdout } of results) expect(JSON.parse(stdout.trim())).toEqual({ dropped: 0, pending: 0 });
    const rows = await test.db.dailyCounter.findMany({ where: { wave: 'tst-race' } });
    expect(rows).toHaveLength(7);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(2 * perProcess);
  }, 90_000);
});
