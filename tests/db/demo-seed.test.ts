import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '@/lib/server/seed/demo-content';
import { demoSeedBlocker, seedDemo } from '@/lib/server/seed/demo-seed';
import { createStaffAccount } from '@/lib/server/staff/account-updates';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const engines = await testEngines();

describe.each(engines)('demo seed on %s', (engine) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('refuses a database that already has staff, so no account with the public demo password appears', async () => {
    // The first admin of a fresh production database (`npm run staff:create`), before any wave exists.
    const created = await createStaffAccount(test.db, {
      email: 'beheer@gemeente.example',
      name: 'Beheer',
      roles: ['admin'],
      teamIds: [],
      password: 'a long and private passphrase 7',
    });
    expect(created.ok).toBe(true);

    expect(await demoSeedBlocker(test.db)).toBe('has-staff');
    expect(await seedDemo(test.db, new Date('2026-11-29T12:00:00Z'))).toBeNull();

    const emails = (await test.db.staffUser.findMany({ select: { email: true } })).map((row) => row.email);
    expect(emails).toEqual(['beheer@gemeente.example']);
    expect(emails).not.toContain(DEMO_STAFF[0]!.email);
    expect(await test.db.wave.count()).toBe(0);
    expect(await test.db.helpline.count()).toBe(0);
  });
});
