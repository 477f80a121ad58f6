import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { totpCodeAt } from '@/lib/auth/totp';
import { encryptField, parseKeyring } from '@/lib/contact/crypto';
import { attemptLogin } from '@/lib/server/auth/login';
import { createSession, loadSession, sessionIdFor } from '@/lib/server/auth/sessions';
import { sealTotpSecret } from '@/lib/server/auth/totp-secret';
import type { Db } from '@/lib/server/db';
import { createStaffAccount, setAccountActive } from '@/lib/server/staff/account-updates';
import { findInboxRequests, openRequestForCaseworker } from '@/lib/server/staff/requests';
import { addRequestNote, changeRequestStatus, reassignRequest } from '@/lib/server/staff/request-updates';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const engines = await testEngines();
const keyring = parseKeyring('k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
const SECRET = 'db-test-secret-db-test-secret-db-test';
const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
const T0 = new Date('2026-03-02T09:15:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function insertRequest(db: Db, id: string, teamId: string, receivedAt = T0) {
  const reference = `REF${id.toUpperCase()}`.slice(0, 12);
  const message = encryptField(keyring, `message of ${id}`, `${reference}:message`);
  const contact = encryptField(
    keyring,
    JSON.stringify({ reach: 'sms', address: '+31612345678' }),
    `${reference}:contact`,
  );
  await db.contactRequest.create({
    data: {
      id,
      reference,
      audience: 'recipient',
      topic: 'exit',
      reach: 'sms',
      teamId,
      keyId: message.keyId,
      messageCipher: message.ciphertext,
      contactCipher: contact.ciphertext,
      receivedAt,
      updatedAt: receivedAt,
    },
  });
}

describe.each(engines)('staff access on %s', (engine) => {
  let test: TestDatabase;
  let worker: StaffSession;
  let workerId: string;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    // recordAudit writes through getDb(): point it at this test database.
    (globalThis as { __uitwegDb?: Db }).__uitwegDb = test.db;
    const db = test.db;
    await db.team.createMany({
      data: [
        { id: 'team-a', name: 'A' },
        { id: 'team-b', name: 'B' },
      ],
    });
    const created = await createStaffAccount(db, {
      email: 'Worker@Example.nl',
      name: 'Worker',
      roles: ['caseworker'],
      teamIds: ['team-a'],
      password: 'lange zin om in te loggen',
    });
    if (!created.ok) throw new Error(created.reason);
    workerId = created.id;
    worker = {
      sessionId: 's',
      userId: workerId,
      email: 'worker@example.nl',
      name: 'Worker',
      roles: ['caseworker'],
      teamIds: ['team-a'],
    };
    await insertRequest(db, 'req-a1', 'team-a', minutes(-120));
    await insertRequest(db, 'req-a2', 'team-a');
    await insertRequest(db, 'req-b1', 'team-b');
  });
  afterAll(async () => {
    delete (globalThis as { __uitwegDb?: Db }).__uitwegDb;
    await test?.cleanup();
  });

  it('stores only the hash of the session id and ends idle, expired and deactivated sessions', async () => {
    const db = test.db;
    const token = await createSession(db, workerId, T0, limits);
    expect(await db.staffSession.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.staffSession.findUnique({ where: { id: sessionIdFor(token) } })).not.toBeNull();
    const loaded = await loadSession(db, token, minutes(10), limits, { requireTotp: false });
    expect(loaded).toMatchObject({
      userId: workerId,
      roles: ['caseworker'],
      teamIds: ['team-a'],
      mustEnrolTotp: false,
    });
    // Touched at minute 10, so still active at minute 39, idle at minute 40.
    expect(await loadSession(db, token, minutes(39), limits, { requireTotp: false })).not.toBeNull();
    expect(await loadSession(db, token, minutes(40 + 30), limits, { requireTotp: false })).toBeNull();
    expect(await db.staffSession.count({ where: { id: sessionIdFor(token) } })).toBe(0);

    const busy = await createSession(db, workerId, T0, limits);
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await loadSession(db, busy, minutes(minute), limits, { requireTotp: false })).not.toBeNull();
    }
    expect(await loadSession(db, busy, minutes(12 * 60), limits, { requireTotp: false })).toBeNull();

    const other = await createSession(db, workerId, T0, limits);
    expect(await loadSession(db, other, T0, limits, { requireTotp: true })).toMatchObject({
      mustEnrolTotp: true,
    });
    await setAccountActive(db, workerId, false);
    expect(await loadSession(db, other, T0, limits, { requireTotp: false })).toBeNull();
    await setAccountActive(db, workerId, true);
  });

  it('throttles sign-in per account after 5 failures, with the same answer for unknown accounts', async () => {
    const db = test.db;
    const context = { now: minutes(1000), address: '192.0.2.7', secret: SECRET, keyring };
    expect(await attemptLogin(db, { email: 'nobody@example.nl', password: 'x', code: '' }, context)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await attemptLogin(
        db,
        { email: 'worker@example.nl', password: 'wrong', code: '' },
        context,
      );
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    const right = { email: 'worker@example.nl', password: 'lange zin om in te loggen', code: '' };
    expect(await attemptLogin(db, right, context)).toEqual({ ok: false, reason: 'throttled' });
    // Two windows later (30 minutes) the account may try again.
    expect(await attemptLogin(db, right, { ...context, now: minutes(1030) })).toMatchObject({ ok: true });
  });

  it('asks for a valid TOTP code once a second factor is set up', async () => {
    const db = test.db;
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    await db.staffUser.update({
      where: { id: workerId },
      data: { totpSecret: sealTotpSecret(keyring, workerId, secret) },
    });
    const context = { now: minutes(2000), address: '192.0.2.8', secret: SECRET, keyring };
    const base = { email: 'worker@example.nl', password: 'lange zin om in te loggen' };
    expect(await attemptLogin(db, { ...base, code: '' }, context)).toEqual({
      ok: false,
      reason: 'codeRequired',
    });
    expect(await attemptLogin(db, { ...base, code: '000000' }, context)).toEqual({
      ok: false,
      reason: 'codeInvalid',
    });
    expect(await attemptLogin(db, { ...base, code: totpCodeAt(secret, context.now) }, context)).toMatchObject(
      { ok: true },
    );
    await db.staffUser.update({ where: { id: workerId }, data: { totpSecret: null } });
  });

  it('lists only the requests of my teams, oldest first', async () => {
    const rows = await findInboxRequests(
      test.db,
      worker,
      { status: 'open', teamId: '', topic: '' },
      minutes(60 * 30),
      24,
    );
    expect(rows.map((row) => row.id)).toEqual(['req-a1', 'req-a2']);
    expect(rows[0]?.waitingTooLong).toBe(true);
    expect(
      await findInboxRequests(test.db, worker, { status: 'all', teamId: 'team-b', topic: '' }, T0, 24),
    ).toEqual([]);
  });

  it("opens (and audits) only my team's requests; another team's looks like a missing one", async () => {
    const db = test.db;
    const opened = await openRequestForCaseworker(db, worker, 'req-a1', keyring, T0);
    expect(opened).toMatchObject({
      message: 'message of req-a1',
      contact: { reach: 'sms', address: '+31612345678' },
    });
    expect(
      await db.auditEntry.count({ where: { action: 'request.open', target: 'req-a1', actorId: workerId } }),
    ).toBe(1);
    expect(await openRequestForCaseworker(db, worker, 'req-b1', keyring, T0)).toBeNull();
    expect(await openRequestForCaseworker(db, worker, 'no-such-id', keyring, T0)).toBeNull();
    expect(await db.auditEntry.count({ where: { target: 'req-b1' } })).toBe(0);
  });

  it("refuses every action on another team's request", async () => {
    const db = test.db;
    expect(await changeRequestStatus(db, worker, 'req-b1', 'pickUp', T0)).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await changeRequestStatus(db, worker, 'req-b1', 'close', T0)).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await addRequestNote(db, worker, 'req-b1', 'x', keyring, T0)).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await reassignRequest(db, worker, 'req-b1', 'team-a', T0)).toEqual({
      ok: false,
      reason: 'notFound',
    });
    const untouched = await db.contactRequest.findUnique({ where: { id: 'req-b1' } });
    expect(untouched).toMatchObject({ status: 'new', teamId: 'team-b', assigneeId: null });
    expect(await db.requestNote.count({ where: { requestId: 'req-b1' } })).toBe(0);
  });

  it('picks up, notes, answers, closes and reassigns with hour-rounded timestamps', async () => {
    const db = test.db;
    const now = new Date('2026-03-02T10:47:13Z');
    expect(await changeRequestStatus(db, worker, 'req-a2', 'pickUp', now)).toEqual({ ok: true });
    expect(await addRequestNote(db, worker, 'req-a2', 'Gebeld, geen gehoor', keyring, now)).toEqual({
      ok: true,
    });
    const note = await db.requestNote.findFirst({ where: { requestId: 'req-a2' } });
    expect(note?.bodyCipher).not.toContain('Gebeld');
    expect((await openRequestForCaseworker(db, worker, 'req-a2', keyring, now))?.notes[0]?.body).toBe(
      'Gebeld, geen gehoor',
    );
    expect(await changeRequestStatus(db, worker, 'req-a2', 'markAnswered', now)).toEqual({ ok: true });
    expect(await changeRequestStatus(db, worker, 'req-a2', 'markAnswered', now)).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await changeRequestStatus(db, worker, 'req-a2', 'close', now)).toEqual({ ok: true });
    const closed = await db.contactRequest.findUnique({ where: { id: 'req-a2' } });
    expect(closed).toMatchObject({ status: 'closed', assigneeId: workerId });
    expect(closed?.updatedAt.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(closed?.closedAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');

    expect(await reassignRequest(db, worker, 'req-a1', 'team-a', now)).toEqual({
      ok: false,
      reason: 'invalidTeam',
    });
    expect(await reassignRequest(db, worker, 'req-a1', 'team-b', now)).toEqual({ ok: true });
    expect(await db.contactRequest.findUnique({ where: { id: 'req-a1' } })).toMatchObject({
      teamId: 'team-b',
      status: 'new',
    });
    expect(await openRequestForCaseworker(db, worker, 'req-a1', keyring, now)).toBeNull();
  });
});
