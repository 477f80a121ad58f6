import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '@/lib/auth/totp';
import { parseKeyring } from '@/lib/contact/crypto';
import type { Db } from '@/lib/server/db';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'db-test-secret-db-test-secret-db-test';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
});

const { attemptLogin } = await import('@/lib/server/auth/login');
const { changeOwnPassword } = await import('@/lib/server/auth/password-change');
const { completePasswordReset, findPasswordReset, issuePasswordReset } =
  await import('@/lib/server/auth/password-reset');
const { createSession, loadSession, sessionIdFor } = await import('@/lib/server/auth/sessions');
const { sealTotpSecret } = await import('@/lib/server/auth/totp-secret');
const { createStaffAccount } = await import('@/lib/server/staff/account-updates');

const engines = await testEngines();
const keyring = parseKeyring('k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
const FIRST = 'eerste wachtwoord van de beheerder';
const NEW = 'paarse olifant fietst naar Zwolle';
const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (iso: string) => new Date(iso);
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
const context = (now: Date) => ({ now, secret: SECRET, keyring });
const loginContext = (now: Date) => ({ ...context(now), address: '192.0.2.90' });

describe.each(engines)('staff passwords on %s', (engine) => {
  let test: TestDatabase;

  async function account(email: string, options: { mustChangePassword?: boolean; totp?: boolean } = {}) {
    const created = await createStaffAccount(test.db, {
      email,
      name: email.split('@')[0] ?? email,
      roles: ['analyst'],
      teamIds: [],
      password: FIRST,
      mustChangePassword: options.mustChangePassword ?? false,
    });
    if (!created.ok) throw new Error(created.reason);
    if (options.totp) {
      await test.db.staffUser.update({
        where: { id: created.id },
        data: { totpSecret: sealTotpSecret(keyring, created.id, TOTP_SECRET) },
      });
    }
    return created.id;
  }

  const load = (token: string, now: Date) => loadSession(test.db, token, now, limits, { requireTotp: false });

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    (globalThis as { __uitwegDb?: Db }).__uitwegDb = test.db;
  });
  afterAll(async () => {
    delete (globalThis as { __uitwegDb?: Db }).__uitwegDb;
    await test?.cleanup();
  });

  it('sends the owner of an account an admin made to the password page until they chose their own', async () => {
    const now = at('2026-05-01T09:00:00Z');
    const userId = await account('nieuw@example.nl', { mustChangePassword: true });
    const token = await createSession(test.db, userId, now, limits);
    const session = await load(token, now);
    expect(session).toMatchObject({ userId, mustChangePassword: true });
    expect(
      await changeOwnPassword(
        test.db,
        { userId, sessionId: sessionIdFor(token), email: 'nieuw@example.nl' },
        { current: FIRST, code: '', next: NEW },
        context(plus(now, 1)),
      ),
    ).toMatchObject({ ok: true });
    expect(await load(token, plus(now, 2))).toMatchObject({ userId, mustChangePassword: false });
  });

  it('changes one’s own password with the current one, checks the policy and ends the other sessions', async () => {
    const now = at('2026-05-01T10:00:00Z');
    const email = 'wijzig@example.nl';
    const userId = await account(email);
    const [here, phone, laptop] = await Promise.all(
      [0, 1, 2].map(() => createSession(test.db, userId, now, limits)),
    );
    const me = { userId, sessionId: sessionIdFor(here!), email };
    expect(
      await changeOwnPassword(
        test.db,
        me,
        { current: 'niet mijn wachtwoord', code: '', next: NEW },
        context(now),
      ),
    ).toEqual({ ok: false, field: 'password', reason: 'passwordWrong' });
    expect(
      await changeOwnPassword(
        test.db,
        me,
        { current: FIRST, code: '', next: 'Wachtwoord2026!' },
        context(now),
      ),
    ).toEqual({ ok: false, field: 'next', reason: 'common' });
    expect(
      await changeOwnPassword(test.db, me, { current: FIRST, code: '', next: FIRST }, context(now)),
    ).toEqual({
      ok: false,
      field: 'next',
      reason: 'samePassword',
    });
    expect(
      await changeOwnPassword(test.db, me, { current: FIRST, code: '', next: NEW }, context(now)),
    ).toEqual({
      ok: true,
      endedSessions: 2,
    });
    expect(await load(here!, plus(now, 1))).not.toBeNull();
    expect(await load(phone!, plus(now, 1))).toBeNull();
    expect(await load(laptop!, plus(now, 1))).toBeNull();
    const later = plus(now, 40);
    expect(
      await attemptLogin(test.db, { email, password: FIRST, code: '' }, loginContext(later)),
    ).toMatchObject({ ok: false });
    expect(
      await attemptLogin(test.db, { email, password: NEW, code: '' }, loginContext(later)),
    ).toMatchObject({
      ok: true,
    });
    const audit = await test.db.auditEntry.findMany({ where: { actorId: userId } });
    expect(audit.map((entry) => entry.action)).toContain('staff.password_change');
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });

  it('asks for a code when a second factor is set up, refuses a used one and counts wrong ones', async () => {
    const now = at('2026-05-01T11:00:10Z');
    const email = 'code@example.nl';
    const userId = await account(email, { totp: true });
    const code = totpCodeAt(TOTP_SECRET, now);
    expect(await attemptLogin(test.db, { email, password: FIRST, code }, loginContext(now))).toMatchObject({
      ok: true,
    });
    const token = await createSession(test.db, userId, now, limits);
    const me = { userId, sessionId: sessionIdFor(token), email };
    const change = (input: { code: string }, when = now) =>
      changeOwnPassword(test.db, me, { current: FIRST, next: NEW, ...input }, context(when));
    expect(await change({ code: '' })).toEqual({ ok: false, field: 'code', reason: 'codeRequired' });
    // The code just used to sign in is spent.
    expect(await change({ code })).toEqual({ ok: false, field: 'code', reason: 'codeInvalid' });
    for (let index = 0; index < 4; index += 1) {
      expect(await change({ code: code === '123456' ? '654321' : '123456' })).toMatchObject({
        reason: 'codeInvalid',
      });
    }
    // Five wrong codes: the person's code limit is reached, here and at sign-in alike.
    const next = new Date(now.getTime() + 30_000);
    expect(await change({ code: totpCodeAt(TOTP_SECRET, next) }, next)).toEqual({
      ok: false,
      field: null,
      reason: 'throttled',
    });
    expect(
      await attemptLogin(
        test.db,
        { email, password: FIRST, code: totpCodeAt(TOTP_SECRET, next) },
        loginContext(next),
      ),
    ).toEqual({ ok: false, reason: 'throttled' });
    const later = plus(now, 31);
    expect(await change({ code: totpCodeAt(TOTP_SECRET, later) }, later)).toMatchObject({ ok: true });
  });

  it('resets an account with a one-time link that expires; only its SHA-256 is stored; sessions end', async () => {
    const now = at('2026-05-02T09:00:00Z');
    const email = 'vergeten@example.nl';
    const userId = await account(email);
    const session = await createSession(test.db, userId, now, limits);
    const issued = await issuePasswordReset(test.db, userId, now);
    if (!issued) throw new Error('not issued');
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await test.db.staffPasswordReset.findMany();
    expect(rows.map((row) => row.id)).toContain(createHash('sha256').update(issued.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(issued.token);
    // A reset ends every session at once, and the old password no longer works.
    expect(await load(session, plus(now, 1))).toBeNull();
    expect(
      await attemptLogin(test.db, { email, password: FIRST, code: '' }, loginContext(plus(now, 1))),
    ).toMatchObject({ ok: false, reason: 'invalid' });

    expect(await findPasswordReset(test.db, issued.token, plus(now, 23 * 60))).toMatchObject({ userId });
    expect(await findPasswordReset(test.db, issued.token, plus(now, 24 * 60))).toBeNull();
    expect(await findPasswordReset(test.db, 'x'.repeat(43), now)).toBeNull();
    expect(
      await completePasswordReset(
        test.db,
        issued.token,
        { password: NEW, code: '' },
        context(plus(now, 24 * 60)),
      ),
    ).toEqual({ ok: false, field: null, reason: 'invalidLink' });

    expect(
      await completePasswordReset(
        test.db,
        issued.token,
        { password: 'kort', code: '' },
        context(plus(now, 5)),
      ),
    ).toEqual({ ok: false, field: 'password', reason: 'tooShort' });
    const again = await createSession(test.db, userId, plus(now, 5), limits);
    expect(
      await completePasswordReset(test.db, issued.token, { password: NEW, code: '' }, context(plus(now, 6))),
    ).toEqual({ ok: true, userId });
    expect(await load(again, plus(now, 7))).toBeNull();
    // Once only.
    expect(
      await completePasswordReset(
        test.db,
        issued.token,
        { password: 'nog een ander lang wachtwoord', code: '' },
        context(plus(now, 7)),
      ),
    ).toEqual({ ok: false, field: null, reason: 'invalidLink' });
    expect(
      await attemptLogin(test.db, { email, password: NEW, code: '' }, loginContext(plus(now, 8))),
    ).toMatchObject({ ok: true });
    const actions = (await test.db.auditEntry.findMany({ where: { actorId: userId } })).map(
      (entry) => entry.action,
    );
    expect(actions).toContain('staff.password_reset_done');
  });

  it('does not let a reset link past the second factor, and a new link replaces the old one', async () => {
    const now = at('2026-05-03T09:00:10Z');
    const userId = await account('tweede@example.nl', { totp: true });
    const first = await issuePasswordReset(test.db, userId, now);
    const second = await issuePasswordReset(test.db, userId, now);
    if (!first || !second) throw new Error('not issued');
    expect(await findPasswordReset(test.db, first.token, now)).toBeNull();
    expect(
      await completePasswordReset(test.db, second.token, { password: NEW, code: '' }, context(now)),
    ).toEqual({ ok: false, field: 'code', reason: 'codeRequired' });
    expect(
      await completePasswordReset(test.db, second.token, { password: NEW, code: '000000' }, context(now)),
    ).toMatchObject({ ok: false, field: 'code' });
    expect(
      await completePasswordReset(
        test.db,
        second.token,
        { password: NEW, code: totpCodeAt(TOTP_SECRET, now) },
        context(now),
      ),
    ).toEqual({ ok: true, userId });
  });
});
