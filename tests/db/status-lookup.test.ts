import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'status-lookup-test-secret-status-lookup!',
  STATUS_LOOKUP_LIMIT_PER_HOUR: '3',
  STATUS_LOOKUP_GLOBAL_LIMIT_PER_HOUR: '10',
  CONTACT_LIMIT_PER_HOUR: '1',
});
const { lookUpRequestStatus } = await import('@/lib/server/contact/status-lookup');
const { countForAddress } = await import('@/lib/server/rate-limit/hourly');

const engines = await testEngines();

describe.each(engines)('status look-ups on %s', (engine) => {
  const day = engine === 'sqlite' ? '2026-11-29' : '2026-11-30';
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await test.db.team.create({ data: { id: 'team-a', name: 'Team A', email: 'a@uitweg.example' } });
    await test.db.contactRequest.create({
      data: {
        id: 'request-1',
        reference: 'K7-42QF',
        audience: 'recipient',
        topic: 'exit',
        reach: 'none',
        teamId: 'team-a',
        keyId: 'k1',
        receivedAt: new Date(`${day}T10:00:00Z`),
        updatedAt: new Date(`${day}T10:00:00Z`),
      },
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('limits look-ups per hashed address, apart from the contact limit, and stores no address', async () => {
    const now = new Date(`${day}T10:30:00Z`);
    // The same address is over its contact limit: that is no reason to refuse a status look-up.
    await countForAddress(test.db, 'contact', '203.0.113.7', now, 1);
    await countForAddress(test.db, 'contact', '203.0.113.7', now, 1);
    const answers = [];
    for (const code of ['k7-42qf', 'K742QF', 'AB-CDEF', 'K7-42QF'])
      answers.push(await lookUpRequestStatus(test.db, code, '203.0.113.7', now));
    expect(answers).toEqual([
      { ok: true, status: 'received' },
      { ok: true, status: 'received' },
      { ok: false, reason: 'not-found' },
      { ok: false, reason: 'rate-limited' },
    ]);
    // Another address is not affected; codes that are not even well-formed are not counted.
    for (let i = 0; i < 5; i += 1)
      expect(await lookUpRequestStatus(test.db, 'O0-IIII', '203.0.113.8', now)).toEqual({
        ok: false,
        reason: 'not-found',
      });
    expect(await lookUpRequestStatus(test.db, 'K7-42QF', '203.0.113.8', now)).toEqual({
      ok: true,
      status: 'received',
    });
    expect(JSON.stringify(await test.db.rateLimitBucket.findMany())).not.toContain('203.0.113');
  });

  it('limits look-ups over all addresses, so guessing from many addresses is bounded too', async () => {
    const now = new Date(`${day}T13:10:00Z`);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const answers = [];
    for (let i = 0; i < 14; i += 1)
      answers.push(await lookUpRequestStatus(test.db, 'AB-CDEF', `198.51.100.${i + 1}`, now));
    const warned = stderr.mock.calls.map(([line]) => String(line));
    stderr.mockRestore();
    expect(answers.filter((answer) => !answer.ok && answer.reason === 'not-found')).toHaveLength(10);
    expect(answers.slice(10)).toEqual(Array(4).fill({ ok: false, reason: 'rate-limited' }));
    expect(warned.filter((line) => line.includes('"status.global_limit_reached"'))).toHaveLength(1);
    expect(warned.join('')).not.toContain('198.51.100');
  });

  it('says so when the database cannot answer, instead of "not found"', async () => {
    const broken = new Proxy(test.db, {
      get: (target, property) =>
        property === '$queryRaw'
          ? () => Promise.reject(new Error('connection lost'))
          : Reflect.get(target, property),
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await lookUpRequestStatus(broken, 'K7-42QF', '203.0.113.9', new Date(`${day}T15:00:00Z`))).toEqual(
      {
        ok: false,
        reason: 'unavailable',
      },
    );
    stderr.mockRestore();
  });
});
