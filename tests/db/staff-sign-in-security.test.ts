import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '@/lib/auth/totp';
import { parseKeyring } from '@/lib/contact/crypto';
import type { Db } from '@/lib/server/db';
import { createDb } from '@/lib/server/db/client';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'db-test-secret-db-test-secret-db-test';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  RETENTION_DAYS: '90',
});

const { attemptLogin } = await import('@/lib/server/auth/login');
const { sealTotpSecret } = await import('@/lib/server/auth/totp-secret');
const { createStaffAccount } = await import('@/lib/server/staff/account-updates');
const { applyRetention } = await import('@/lib/server/contact/retention');

const engines = await testEngines();
const keyring = parseKeyring('k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
const PASSWORD = 'lange zin om in te loggen';
const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (iso: string) => new Date(iso);
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe.each(engines)('staff sign-in under attack on %s', (engine) => {
  let test: TestDatabase;
  const ids: Record<string, string> = {};

  async function account(email: string): Promise<string> {
    const created = await createStaffAccount(test.db, {
      email,
      name: email.split('@')[0] ?? email,
      roles: ['analyst'],
      teamIds: [],
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(created.reason);
    ids[email] = created.id;
    return created.id;
  }

  const context = (now: Date, address = '192.0.2.10') => ({ now, address, secret: SECRET, keyring });

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    // The audit log is written through getDb(): point it at this test database.
    (globalThis as { __uitwegDb?: Db }).__uitwegDb = test.db;
    for (const email of ['burst@example.nl', 'pools@example.nl', 'codes@example.nl', 'replay@example.nl'])
      await account(email);
    await account('windows@example.nl');
  });
  afterAll(async () => {
    delete (globalThis as { __uitwegDb?: Db }).__uitwegDb;
    await test?.cleanup();
  });

  it('lets no attempt of a parallel burst of 40 in, though the right password is among them', async () => {
    const now = at('2026-04-01T10:01:00Z');
    // Every attempt from its own address (a botnet), so only the per-account limit can stop them.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        attemptLogin(
          test.db,
          {
            email: 'burst@example.nl',
            password: index === 19 || index === 39 ? PASSWORD : `wrong password ${index}`,
            code: '',
          },
          context(now, `198.51.100.${index + 1}`),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toEqual([]);
    expect(results.filter((result) => !result.ok && result.reason === 'invalid').length).toBeLessThanOrEqual(
      5,
    );
    // The right password alone, from a fresh address, is refused for the lock period ...
    const right = { email: 'burst@example.nl', password: PASSWORD, code: '' };
    expect(await attemptLogin(test.db, right, context(plus(now, 1), '203.0.113.1'))).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect(await attemptLogin(test.db, right, context(plus(now, 13), '203.0.113.2'))).toEqual({
      ok: false,
      reason: 'throttled',
    });
    // ... and works again once the burst's window no longer counts (two windows later).
    expect(await attemptLogin(test.db, right, context(plus(now, 30), '203.0.113.3'))).toMatchObject({
      ok: true,
    });
  });

  it('holds across two instances (two connection pools), 20 attempts each at once', async () => {
    const now = at('2026-04-01T11:01:00Z');
    const second = createDb(test.url);
    try {
      const attempt = (db: Db, index: number, right: boolean) =>
        attemptLogin(
          db,
          { email: 'pools@example.nl', password: right ? PASSWORD : `wrong password ${index}`, code: '' },
          context(now, `198.51.100.${index + 1}`),
        );
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) => [
          attempt(test.db, 2 * index, index === 15),
          attempt(second, 2 * index + 1, index === 19),
        ]).flat(),
      );
      expect(results.filter((result) => result.ok)).toEqual([]);
      expect(
        await attemptLogin(
          second,
          { email: 'pools@example.nl', password: PASSWORD, code: '' },
          context(plus(now, 1), '203.0.113.9'),
        ),
      ).toEqual({ ok: false, reason: 'throttled' });
    } finally {
      await second.$disconnect();
    }
  });

  it('limits wrong second-factor codes per account: a stolen password cannot try codes at speed', async () => {
    const userId = ids['codes@example.nl']!;
    await test.db.staffUser.update({
      where: { id: userId },
      data: { totpSecret: sealTotpSecret(keyring, userId, TOTP_SECRET) },
    });
    const now = at('2026-04-01T12:01:10Z');
    const rightCode = totpCodeAt(TOTP_SECRET, now);
    // Codes the drift window accepts (the step before, this one, the next) are never "wrong".
    const accepted = new Set(
      [-30_000, 0, 30_000].map((ms) => totpCodeAt(TOTP_SECRET, new Date(now.getTime() + ms))),
    );
    const wrongCode = (index: number) => {
      let value = 100_000 + index * 7919;
      while (accepted.has(String(value))) value += 1;
      return String(value);
    };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        attemptLogin(
          test.db,
          {
            email: 'codes@example.nl',
            password: PASSWORD,
            code: index === 19 || index === 39 ? rightCode : wrongCode(index),
          },
          context(now, `198.51.100.${index + 1}`),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toEqual([]);
    expect(
      results.filter((result) => !result.ok && result.reason === 'codeInvalid').length,
    ).toBeLessThanOrEqual(5);
    const right = {
      email: 'codes@example.nl',
      password: PASSWORD,
      code: totpCodeAt(TOTP_SECRET, plus(now, 2)),
    };
    expect(await attemptLogin(test.db, right, context(plus(now, 2), '203.0.113.20'))).toEqual({
      ok: false,
      reason: 'throttled',
    });
    const later = plus(now, 31);
    expect(
      await attemptLogin(
        test.db,
        { ...right, code: totpCodeAt(TOTP_SECRET, later) },
        context(later, '203.0.113.21'),
      ),
    ).toMatchObject({ ok: true });
  });

  it('refuses even the right code after 5 wrong ones sent one by one', async () => {
    const now = at('2026-04-01T14:01:10Z');
    const base = { email: 'codes@example.nl', password: PASSWORD };
    const rightCode = totpCodeAt(TOTP_SECRET, now);
    for (let index = 0; index < 5; index += 1) {
      const wrong = rightCode === '111111' ? '222222' : '111111';
      expect(await attemptLogin(test.db, { ...base, code: wrong }, context(now, '192.0.2.40'))).toEqual({
        ok: false,
        reason: 'codeInvalid',
      });
    }
    expect(await attemptLogin(test.db, { ...base, code: rightCode }, context(now, '192.0.2.41'))).toEqual({
      ok: false,
      reason: 'throttled',
    });
  });

  it('accepts a second-factor code once: that time step and earlier ones are refused afterwards', async () => {
    const userId = ids['replay@example.nl']!;
    await test.db.staffUser.update({
      where: { id: userId },
      data: { totpSecret: sealTotpSecret(keyring, userId, TOTP_SECRET) },
    });
    const now = at('2026-04-01T13:00:40Z');
    const base = { email: 'replay@example.nl', password: PASSWORD };
    const code = totpCodeAt(TOTP_SECRET, now);
    expect(await attemptLogin(test.db, { ...base, code }, context(now))).toMatchObject({ ok: true });
    // The same code again, a few seconds later (still inside its 30 seconds).
    expect(await attemptLogin(test.db, { ...base, code }, context(plus(now, 0.2)))).toEqual({
      ok: false,
      reason: 'codeInvalid',
    });
    // The code of the step before, which the clock-drift window would otherwise accept.
    const earlier = totpCodeAt(TOTP_SECRET, new Date(now.getTime() - 30_000));
    expect(await attemptLogin(test.db, { ...base, code: earlier }, context(plus(now, 0.2)))).toEqual({
      ok: false,
      reason: 'codeInvalid',
    });
    // Two parallel uses of one fresh code: exactly one gets in.
    const next = new Date(now.getTime() + 30_000);
    const fresh = totpCodeAt(TOTP_SECRET, next);
    const both = await Promise.all([
      attemptLogin(test.db, { ...base, code: fresh }, context(next, '192.0.2.31')),
      attemptLogin(test.db, { ...base, code: fresh }, context(next, '192.0.2.32')),
    ]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
  });

  it('keys failure rows per window (unlinkable across windows) and the retention job prunes old ones', async () => {
    const db = test.db;
    await db.staffLoginAttempt.deleteMany({});
    const first = at('2026-04-02T09:05:00Z');
    const second = at('2026-04-02T09:20:00Z');
    const wrong = { email: 'windows@example.nl', password: 'wrong password', code: '' };
    await attemptLogin(db, wrong, context(first, '192.0.2.50'));
    await attemptLogin(db, wrong, context(second, '192.0.2.50'));
    const rows = await db.staffLoginAttempt.findMany();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    // One account and one address in two windows: no key repeats, so rows cannot be linked by key.
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(JSON.stringify(rows)).not.toContain('windows@example.nl');
    expect(JSON.stringify(rows)).not.toContain('192.0.2.50');

    // No new failure comes; the hourly retention job still removes windows that no longer count.
    await applyRetention(db, at('2026-04-02T09:35:00Z'));
    const kept = await db.staffLoginAttempt.findMany();
    expect(kept.map((row) => row.windowStart.toISOString()).sort()).toEqual(
      rows
        .filter((row) => row.windowStart.toISOString() === '2026-04-02T09:15:00.000Z')
        .map((row) => row.windowStart.toISOString()),
    );
    await applyRetention(db, at('2026-04-02T10:05:00Z'));
    expect(await db.staffLoginAttempt.count()).toBe(0);
  });

  it('writes failed sign-ins to the audit log: the account id when known, never a typed unknown address', async () => {
    const db = test.db;
    const now = at('2026-04-03T08:00:00Z');
    await attemptLogin(
      db,
      { email: 'windows@example.nl', password: 'wrong', code: '' },
      context(now, '192.0.2.60'),
    );
    await attemptLogin(
      db,
      { email: 'Someone.Unknown@example.nl', password: 'guess', code: '' },
      context(now, '192.0.2.60'),
    );
    const entries = await db.auditEntry.findMany({ where: { at: now }, orderBy: { id: 'asc' } });
    const failed = entries.filter((entry) => entry.action === 'staff.login_failed');
    expect(failed.map((entry) => entry.actorId).sort()).toEqual(
      [ids['windows@example.nl'], 'unknown-account'].sort(),
    );
    const text = JSON.stringify(entries).toLowerCase();
    expect(text).not.toContain('someone.unknown');
    expect(text).not.toContain('192.0.2.60');
  });
});
