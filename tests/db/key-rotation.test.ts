import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { totpCodeAt } from '@/lib/auth/totp';
import { encryptField, type Keyring, parseKeyring } from '@/lib/contact/crypto';
import { contactSchema } from '@/lib/contact/schema';
import type { Db } from '@/lib/server/db';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const K1 = `k1:${randomBytes(32).toString('base64')}`;
const K2 = `k2:${randomBytes(32).toString('base64')}`;
// The app writes with the configured ring, as a running instance does before the rotation.
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: K1,
  APP_SECRET: 'db-test-secret-db-test-secret-db-test!!',
});

const { createContactRequest } = await import('@/lib/server/contact/requests');
const { attemptLogin } = await import('@/lib/server/auth/login');
const { sealTotpSecret } = await import('@/lib/server/auth/totp-secret');
const { createStaffAccount } = await import('@/lib/server/staff/account-updates');
const { openRequestForCaseworker } = await import('@/lib/server/staff/requests');
const { addRequestNote } = await import('@/lib/server/staff/request-updates');
const { resealRequest, resealTotpSecret, rotateKeys } = await import('@/lib/server/keys/rotation');

const engines = await testEngines();
const ring1 = parseKeyring(K1);
const ring21 = parseKeyring(`${K2},${K1}`);
const ring2 = parseKeyring(K2);
const now = new Date('2026-11-29T10:17:43Z');
const PASSWORD = 'lange zin om in te loggen';
const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

interface Written {
  id: string;
  message: string | null;
  contact: { reach: string; address: string } | null;
  notes: string[];
}

async function writeRequest(db: Db, index: number, reach: 'sms' | 'email' | 'none'): Promise<Written> {
  const raw = {
    audience: 'recipient',
    topic: 'exit',
    message: `Bericht ${index}: ik wil eruit.`,
    reach,
    phone: reach === 'sms' ? `06 1234 ${String(5000 + index)}` : undefined,
    email: reach === 'email' ? `persoon${index}@example.nl` : undefined,
  };
  const input = contactSchema.parse(raw);
  const reference = await createContactRequest(db, input, now);
  const row = await db.contactRequest.findUniqueOrThrow({ where: { reference } });
  const address =
    input.reach === 'email'
      ? input.email
      : input.reach === 'none' || input.reach === 'conversation'
        ? null
        : input.phone;
  return {
    id: row.id,
    message: raw.message,
    contact: address ? { reach: input.reach, address } : null,
    notes: [],
  };
}

/** A request as the code before per-purpose keys stored it: the raw key, no format marker. */
async function writeLegacyRequest(db: Db, index: number): Promise<Written> {
  const reference = `LEGACY${index}`;
  const message = `Oud bericht ${index}`;
  const contact = { reach: 'sms', address: `+3161234${String(6000 + index)}` };
  const messageCipher = encryptField(ring1, message, `${reference}:message`);
  const contactCipher = encryptField(ring1, JSON.stringify(contact), `${reference}:contact`);
  const id = `legacy-${index}`;
  await db.contactRequest.create({
    data: {
      id,
      reference,
      audience: 'recipient',
      topic: 'exit',
      reach: 'sms',
      teamId: 'team-youth',
      keyId: 'k1',
      messageCipher: messageCipher.ciphertext,
      contactCipher: contactCipher.ciphertext,
      receivedAt: now,
      updatedAt: now,
    },
  });
  return { id, message, contact, notes: [] };
}

async function addNote(db: Db, session: StaffSession, written: Written, body: string): Promise<void> {
  expect(await addRequestNote(db, session, written.id, body, ring1, now)).toEqual({ ok: true });
  written.notes.push(body);
}

async function addLegacyNote(db: Db, session: StaffSession, written: Written, body: string): Promise<void> {
  const id = `legacy-note-${written.id}-${written.notes.length}`;
  const field = encryptField(ring1, body, `${id}:note`);
  await db.requestNote.create({
    data: {
      id,
      requestId: written.id,
      authorId: session.userId,
      keyId: field.keyId,
      bodyCipher: field.ciphertext,
      createdAt: new Date(now.getTime() + written.notes.length * 1000),
    },
  });
  written.notes.push(body);
}

async function expectReadable(db: Db, session: StaffSession, keyring: Keyring, all: Written[]) {
  for (const written of all) {
    const opened = await openRequestForCaseworker(db, session, written.id, keyring, now);
    expect(opened).toMatchObject({ message: written.message, contact: written.contact });
    expect(opened?.notes.map((note) => note.body)).toEqual(written.notes);
  }
}

async function signIn(db: Db, email: string, keyring: Keyring, at: Date) {
  const context = { now: at, address: '192.0.2.9', secret: 'x'.repeat(32), keyring };
  return attemptLogin(db, { email, password: PASSWORD, code: totpCodeAt(TOTP_SECRET, at) }, context);
}

describe.each(engines)('key rotation on %s', (engine) => {
  let test: TestDatabase;
  let worker: StaffSession;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    // recordAudit and the notifier write through getDb(): point it at this test database.
    (globalThis as { __uitwegDb?: Db }).__uitwegDb = test.db;
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
    const created = await createStaffAccount(test.db, {
      email: 'worker@example.nl',
      name: 'Worker',
      roles: ['caseworker'],
      teamIds: ['team-youth'],
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(created.reason);
    worker = {
      sessionId: 's',
      userId: created.id,
      email: 'worker@example.nl',
      name: 'Worker',
      roles: ['caseworker'],
      teamIds: ['team-youth'],
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    delete (globalThis as { __uitwegDb?: Db }).__uitwegDb;
    await test?.cleanup();
  });

  async function secondFactorUser(email: string, legacy: boolean): Promise<string> {
    const created = await createStaffAccount(test.db, {
      email,
      name: email,
      roles: ['analyst'],
      teamIds: [],
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(created.reason);
    const sealed = legacy
      ? `k1:${encryptField(ring1, TOTP_SECRET, `${created.id}:totp`).ciphertext}`
      : sealTotpSecret(ring1, created.id, TOTP_SECRET);
    await test.db.staffUser.update({ where: { id: created.id }, data: { totpSecret: sealed } });
    return created.id;
  }

  it('re-seals requests, notes and TOTP secrets so that the old key can be removed', async () => {
    const db = test.db;
    const written = [
      await writeRequest(db, 1, 'sms'),
      await writeRequest(db, 2, 'email'),
      await writeRequest(db, 3, 'none'),
      await writeLegacyRequest(db, 4),
    ];
    await addNote(db, worker, written[0]!, 'Gebeld, geen gehoor');
    await addNote(db, worker, written[0]!, 'Morgen opnieuw');
    await addLegacyNote(db, worker, written[3]!, 'Oude notitie');
    await secondFactorUser('totp@example.nl', false);
    await secondFactorUser('totp-legacy@example.nl', true);
    await expectReadable(db, worker, ring1, written);

    const result = await rotateKeys(db, ring21, { batchSize: 2 });

    const later = new Date(now.getTime() + 60_000);
    expect(await signIn(db, 'totp@example.nl', ring2, later)).toMatchObject({ ok: true });
    expect(await signIn(db, 'totp-legacy@example.nl', ring2, later)).toMatchObject({ ok: true });
    await expectReadable(db, worker, ring2, written);
    expect(result).toMatchObject({ requests: 4, notes: 3, totpSecrets: 2, skipped: 0, unreadable: 0 });
    expect(result.complete).toBe(true);
    const stored = await db.contactRequest.findMany();
    expect(stored.every((row) => row.keyId === 'k2')).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('eruit');

    expect(await rotateKeys(db, ring21)).toMatchObject({
      requests: 0,
      notes: 0,
      totpSecrets: 0,
      complete: true,
    });
  });

  it('continues after an interrupted run', async () => {
    const db = test.db;
    await db.requestNote.deleteMany();
    await db.contactRequest.deleteMany();
    const written: Written[] = [];
    for (let index = 10; index < 17; index += 1) written.push(await writeRequest(db, index, 'sms'));
    for (const request of written.slice(0, 3))
      await addNote(db, worker, request, `Notitie bij ${request.id}`);

    const first = await rotateKeys(db, ring21, { batchSize: 3, maxBatches: 2 });
    expect(first).toMatchObject({ requests: 6, notes: 0, complete: false });
    await expect(expectReadable(db, worker, ring2, written)).rejects.toThrow(
      /Unknown encryption key id "k1"/,
    );

    const second = await rotateKeys(db, ring21, { batchSize: 3 });
    expect(second).toMatchObject({ requests: 1, notes: 3, skipped: 0, complete: true });
    await expectReadable(db, worker, ring2, written);
  });

  it('never overwrites a row that changed after it was read, and counts rows no key opens', async () => {
    const db = test.db;
    const request = await writeRequest(db, 20, 'sms');
    const stale = await db.contactRequest.findUniqueOrThrow({ where: { id: request.id } });
    // Meanwhile the contact address is erased: the rotation must not bring the old one back.
    await db.contactRequest.update({ where: { id: request.id }, data: { contactCipher: null } });
    expect(await resealRequest(db, ring21, stale)).toBe('skipped');
    expect(
      (await db.contactRequest.findUniqueOrThrow({ where: { id: request.id } })).contactCipher,
    ).toBeNull();

    const userId = await secondFactorUser('totp-reset@example.nl', false);
    const before = await db.staffUser.findUniqueOrThrow({ where: { id: userId } });
    const renewed = sealTotpSecret(ring21, userId, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    await db.staffUser.update({ where: { id: userId }, data: { totpSecret: renewed } });
    expect(await resealTotpSecret(db, ring21, { id: userId, totpSecret: before.totpSecret! })).toBe(
      'skipped',
    );
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: userId } })).totpSecret).toBe(renewed);

    const lost = parseKeyring(`k0:${randomBytes(32).toString('base64')}`);
    const orphan = encryptField(lost, 'sealed with a key that is gone', 'ORPHAN:message');
    await db.contactRequest.create({
      data: {
        id: 'orphan',
        reference: 'ORPHAN',
        audience: 'recipient',
        topic: 'exit',
        reach: 'none',
        teamId: 'team-youth',
        keyId: 'k0',
        messageCipher: orphan.ciphertext,
        receivedAt: now,
        updatedAt: now,
      },
    });
    const result = await rotateKeys(db, ring21);
    expect(result).toMatchObject({ unreadable: 1, skipped: 0, complete: true });
    expect((await db.contactRequest.findUniqueOrThrow({ where: { id: 'orphan' } })).messageCipher).toBe(
      orphan.ciphertext,
    );
  });
});
