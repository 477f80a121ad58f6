import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '@/lib/server/db/migrate';
import { openRawConnection } from '@/lib/server/db/raw-connection';
import { DEMO_HELPLINES, DEMO_STAFF, DEMO_WAVES } from '@/lib/server/seed/demo-content';
import { DEMO_EXPERIMENTS } from '@/lib/server/seed/demo-experiments';
import { seedDemo } from '@/lib/server/seed/demo-seed';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const engines = await testEngines();
// The demo conversations are encrypted and their keys hashed like real ones: that needs the secrets.
Object.assign(process.env, {
  HELPLINE_NUMBER: process.env.HELPLINE_NUMBER ?? '+31302001234',
  ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS ?? 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: process.env.APP_SECRET ?? 'data-layer-test-secret-data-layer-test!!',
});

describe.each(engines)('data layer on %s', (engine) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('applies every migration once and records it as Prisma does', async () => {
    const connection = await openRawConnection(test.url);
    try {
      expect(await applyMigrations(connection, readMigrations(engine))).toEqual([]);
      const rows = await connection.query<{ migration_name: string }>(
        'SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name"',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(readMigrations(engine).map((m) => m.name));
    } finally {
      await connection.close();
    }
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const connection = await openRawConnection(test.url);
    try {
      const [first, ...rest] = readMigrations(engine);
      const edited = { ...first!, checksum: 'f'.repeat(64) };
      await expect(applyMigrations(connection, [edited, ...rest])).rejects.toThrow(
        /changed after it was applied/,
      );
    } finally {
      await connection.close();
    }
  });

  it('seeds the demo data once, with plausible counts', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const summary = await seedDemo(test.db, now);
    expect(summary).toMatchObject({
      waves: DEMO_WAVES.length + DEMO_EXPERIMENTS.length,
      helplines: DEMO_HELPLINES.length,
      staff: DEMO_STAFF.length,
    });
    expect(await seedDemo(test.db, now)).toBeNull();

    const waves = await test.db.wave.findMany({
      where: { code: { notIn: DEMO_EXPERIMENTS.map((experiment) => experiment.code) } },
      orderBy: { sentOn: 'asc' },
    });
    expect(waves.map((wave) => wave.code)).toEqual(['utr-x7k2', 'utr-m4p9', 'utr-q8r3']);
    expect(waves[0]?.sentOn).toBe('2026-10-20');

    const visits = await test.db.dailyCounter.aggregate({
      _sum: { count: true },
      where: { metric: 'visit', wave: 'utr-x7k2' },
    });
    // A wave of 500 recipients: the demo shows a realistic share of them visiting, not zero and not everyone many times.
    expect(visits._sum.count).toBeGreaterThan(100);
    expect(visits._sum.count).toBeLessThan(1500);

    const staff = await test.db.staffUser.findMany();
    expect(staff.every((person) => person.passwordHash.startsWith('$argon2id$'))).toBe(true);

    // Conversations in every state for the demo case worker's teams, their messages encrypted, keys only hashed.
    const conversations = await test.db.contactRequest.findMany({ where: { reach: 'conversation' } });
    expect(conversations).toHaveLength(summary!.conversations);
    expect(new Set(conversations.map((row) => row.status))).toEqual(
      new Set(['new', 'waiting_for_us', 'waiting_for_person', 'answered', 'closed', 'deleted']),
    );
    expect(conversations.every((row) => ['team-youth', 'team-addiction'].includes(row.teamId))).toBe(true);
    const deleted = conversations.find((row) => row.status === 'deleted')!;
    expect(deleted.conversationKeyHash).toBeNull();
    expect(await test.db.conversationMessage.count({ where: { requestId: deleted.id } })).toBe(0);
    const live = conversations.filter((row) => row.status !== 'deleted');
    expect(live.every((row) => row.conversationKeyHash?.startsWith('$argon2id$'))).toBe(true);
    const messages = await test.db.conversationMessage.findMany();
    expect(JSON.stringify(messages)).not.toContain('schulden');
    expect(await test.db.replyTemplate.count({ where: { teamId: 'team-youth' } })).toBeGreaterThan(0);
    const reads = await test.db.dailyCounter.aggregate({
      _sum: { count: true },
      where: {
        metric: 'answer_read',
        wave: { notIn: DEMO_EXPERIMENTS.map((experiment) => experiment.code) },
      },
    });
    expect(reads._sum.count).toBe(conversations.filter((row) => row.answerRead).length);
  });

  it('stores and reads waves the same way on both engines', async () => {
    await test.db.wave.create({
      data: {
        id: 'wave-test',
        code: 'tst-a1b2',
        name: 'Test',
        sentOn: '2026-11-01',
        recipients: 7,
        smsText: 'Hallo {link}',
      },
    });
    const found = await test.db.wave.findUnique({ where: { code: 'tst-a1b2' } });
    expect(found).toMatchObject({ locale: 'nl', recipients: 7, closed: false, smsText: 'Hallo {link}' });
    await expect(
      test.db.wave.create({ data: { id: 'wave-dup', code: 'tst-a1b2', name: 'Dup', sentOn: '2026-11-01' } }),
    ).rejects.toThrow();
  });
});
