import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAuditEntries, findAuditFilterOptions } from '@/lib/server/staff/audit-log';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const engines = await testEngines();

describe.each(engines)('the audit log pages and filters on %s', (engine) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await test.db.staffUser.createMany({
      data: [
        { id: 'u-admin', email: 'admin@example.nl', name: 'Admin', passwordHash: 'x', roles: 'admin' },
        {
          id: 'u-worker',
          email: 'worker@example.nl',
          name: 'Worker',
          passwordHash: 'x',
          roles: 'caseworker',
        },
      ],
    });
    // 260 entries, one per hour from 2026-03-01 00:00 Amsterdam time (23:00 UTC the day before).
    const start = Date.UTC(2026, 1, 28, 23);
    await test.db.auditEntry.createMany({
      data: Array.from({ length: 260 }, (_, index) => ({
        id: `e${String(index).padStart(4, '0')}`,
        at: new Date(start + index * 3_600_000),
        actorId: index % 10 === 0 ? 'unknown-account' : index % 2 === 0 ? 'u-admin' : 'u-worker',
        action: index % 10 === 0 ? 'staff.login_failed' : index % 2 === 0 ? 'wave.update' : 'request.open',
        target: `t${index}`,
      })),
    });
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('pages through every entry, not only the newest 200', async () => {
    const seen: string[] = [];
    const first = await findAuditEntries(test.db, {}, 1);
    expect(first).toMatchObject({ total: 260, page: 1, pageCount: 6, pageSize: 50 });
    expect(first.rows[0]?.id).toBe('e0259');
    for (let page = 1; page <= first.pageCount; page += 1) {
      seen.push(...(await findAuditEntries(test.db, {}, page)).rows.map((row) => row.id));
    }
    expect(seen).toHaveLength(260);
    expect(new Set(seen).size).toBe(260);
    expect(seen.at(-1)).toBe('e0000');
    // A page past the end shows the last one.
    expect((await findAuditEntries(test.db, {}, 99)).page).toBe(6);
  });

  it('filters by person, action and Amsterdam date range, both days included', async () => {
    const worker = await findAuditEntries(test.db, { actorId: 'u-worker' }, 1, 500);
    expect(worker.total).toBe(130);
    expect(worker.rows.every((row) => row.actorName === 'Worker (worker@example.nl)')).toBe(true);
    const failed = await findAuditEntries(test.db, { action: 'staff.login_failed' }, 1, 500);
    expect(failed.total).toBe(26);
    expect(failed.rows.every((row) => row.actorName === null)).toBe(true);
    // 2026-03-02 and 2026-03-03 in Amsterdam: entries 24 to 71.
    const days = await findAuditEntries(test.db, { from: '2026-03-02', to: '2026-03-03' }, 1, 500);
    expect(days.total).toBe(48);
    expect(days.rows.at(-1)?.id).toBe('e0024');
    expect(days.rows[0]?.id).toBe('e0071');
    const combined = await findAuditEntries(
      test.db,
      { actorId: 'u-admin', action: 'wave.update', from: '2026-03-02', to: '2026-03-02' },
      1,
    );
    // Even hours of that day, but not the tenth ones (failed sign-ins of an unknown account).
    expect(combined.rows.map((row) => row.id)).toEqual([
      'e0046',
      'e0044',
      'e0042',
      'e0038',
      'e0036',
      'e0034',
      'e0032',
      'e0028',
      'e0026',
      'e0024',
    ]);
  });

  it('offers every person and every action the log holds as filter choices', async () => {
    const options = await findAuditFilterOptions(test.db);
    expect(options.people.map((person) => person.id)).toEqual(['u-admin', 'u-worker']);
    expect(options.actions).toEqual(['request.open', 'staff.login_failed', 'wave.update']);
  });
});
