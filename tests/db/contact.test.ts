import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { issueFormToken } from '@/lib/contact/form-timing';
import { createChallenge } from '@/lib/contact/proof-of-work';
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'db-test-secret-db-test-secret-db-test!!';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  CONTACT_LIMIT_PER_HOUR: '3',
  // Far above what this file sends: the ceiling has tests of its own (contact-global-limit.test.ts).
  CONTACT_GLOBAL_LIMIT_PER_HOUR: '10000',
  CONTACT_MIN_FILL_SECONDS: '2',
  RETENTION_DAYS: '90',
});

const { submitContactRequest } = await import('@/lib/server/contact/submit');
const { decryptRequest, findRequestStatus } = await import('@/lib/server/contact/requests');
const { applyRetention } = await import('@/lib/server/contact/retention');
const { powSecret } = await import('@/lib/server/contact/abuse');

const engines = await testEngines();
const now = new Date('2026-11-29T10:17:43Z');

function form(fields: Record<string, string>, issuedAt = new Date(now.getTime() - 10_000)): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ started: issueFormToken(SECRET, issuedAt), ...fields }))
    data.set(name, value);
  return data;
}

/** A solved proof of work, as the browser puts it in the form when JavaScript runs (an easy one, for speed). */
async function solvedProof(at = now): Promise<string> {
  const challenge = createChallenge({ secret: powSecret(), now: at, maxNumber: 20 });
  const number = await solveChallenge(challenge);
  if (number === null) throw new Error('unsolvable challenge');
  return encodeSolution(challenge, number);
}

describe.each(engines)('contact requests on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
  });
  afterAll(async () => {
    await test?.cleanup();
  });
  beforeEach(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  it('stores the message and address encrypted, routed, with hour-rounded times', async () => {
    const result = await submitContactRequest(
      test.db,
      form({
        audience: 'parent',
        topic: 'money',
        message: 'Mijn zoon heeft schulden',
        reach: 'phone',
        phone: '06 12345678',
      }),
      '203.0.113.1',
      now,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await test.db.contactRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({
      audience: 'parent',
      topic: 'money',
      reach: 'phone',
      teamId: 'team-money',
      status: 'new',
    });
    expect(row.receivedAt.toISOString()).toBe('2026-11-29T10:00:00.000Z');
    expect(row.messageCipher).not.toContain('schulden');
    expect(row.contactCipher).not.toContain('612345678');
    expect(decryptRequest(row)).toEqual({
      message: 'Mijn zoon heeft schulden',
      contact: { reach: 'phone', address: '+31612345678' },
    });
    expect(await findRequestStatus(test.db, result.reference)).toBe('received');
  });

  it('keeps the page language a request and a conversation were written from, and nothing it does not know', async () => {
    const fields = { audience: 'recipient', topic: 'exit', message: 'Chcę przestać' };
    const request = await submitContactRequest(
      test.db,
      form({ ...fields, reach: 'none', locale: 'pl' }),
      '203.0.113.10',
      now,
    );
    const conversation = await submitContactRequest(
      test.db,
      form({ ...fields, reach: 'conversation', locale: 'ar' }),
      '203.0.113.11',
      now,
    );
    const unknown = await submitContactRequest(
      test.db,
      form({ ...fields, reach: 'none', locale: 'xx' }),
      '203.0.113.12',
      now,
    );
    const localeOf = async (result: typeof request) => {
      if (!result.ok) throw new Error(`not stored: ${result.formError}`);
      const row = await test.db.contactRequest.findUniqueOrThrow({ where: { reference: result.reference } });
      return row.locale;
    };
    expect([await localeOf(request), await localeOf(conversation), await localeOf(unknown)]).toEqual([
      'pl',
      'ar',
      '',
    ]);
  });

  it('refuses the honeypot, a too-fast form and senders over the hourly limit, without storing', async () => {
    const before = await test.db.contactRequest.count();
    const valid = { audience: 'recipient', topic: 'exit', message: 'Hallo', reach: 'none' };
    expect(
      await submitContactRequest(test.db, form({ ...valid, website: 'x' }), '203.0.113.2', now),
    ).toMatchObject({
      formError: 'rejected',
    });
    expect(
      await submitContactRequest(test.db, form(valid, new Date(now.getTime() - 500)), '203.0.113.2', now),
    ).toMatchObject({ formError: 'rejected' });
    const results = [];
    for (let i = 0; i < 4; i += 1)
      results.push(await submitContactRequest(test.db, form(valid), '203.0.113.3', now));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false]);
    expect(results[3]).toMatchObject({ formError: 'rateLimited' });
    // Another sender is not affected, and the buckets hold no address.
    expect((await submitContactRequest(test.db, form(valid), '203.0.113.4', now)).ok).toBe(true);
    const buckets = await test.db.rateLimitBucket.findMany();
    expect(JSON.stringify(buckets)).not.toContain('203.0.113');
    expect(await test.db.contactRequest.count()).toBe(before + 4);
  });

  it('applies the same hourly limit per address with a solved proof of work as without', async () => {
    const valid = { audience: 'recipient', topic: 'exit', message: 'Hallo', reach: 'none' };
    // One sender whose phone solves the proof of work, one without JavaScript, side by side in the same hour:
    // the proof must not buy a larger allowance than the form without it gets.
    const withProof = [];
    const withoutProof = [];
    for (let i = 0; i < 5; i += 1) {
      withProof.push(
        await submitContactRequest(
          test.db,
          form({ ...valid, pow: await solvedProof() }),
          '203.0.113.30',
          now,
        ),
      );
      withoutProof.push(await submitContactRequest(test.db, form(valid), '203.0.113.31', now));
    }
    expect(withProof.map((result) => result.ok)).toEqual([true, true, true, false, false]);
    expect(withoutProof.map((result) => result.ok)).toEqual(withProof.map((result) => result.ok));
    expect(withProof[3]).toMatchObject({ formError: 'rateLimited' });
    expect(withoutProof[3]).toMatchObject({ formError: 'rateLimited' });
  });

  it('takes each form once: sending the same form again is refused and stores nothing', async () => {
    const sent = form({ audience: 'recipient', topic: 'exit', message: 'Eén keer', reach: 'none' });
    expect((await submitContactRequest(test.db, sent, '203.0.113.40', now)).ok).toBe(true);
    const before = await test.db.contactRequest.count();
    // A refresh of the answer page posts exactly the same form again, from the same address or another.
    expect(await submitContactRequest(test.db, sent, '203.0.113.40', now)).toMatchObject({
      ok: false,
      formError: 'alreadySent',
    });
    expect(await submitContactRequest(test.db, sent, '203.0.113.41', now)).toMatchObject({
      formError: 'alreadySent',
    });
    expect(await test.db.contactRequest.count()).toBe(before);
    // Only a hash of the token is kept, until the hour after the token would have expired anyway.
    const token = String(sent.get('started'));
    const spent = await test.db.spentFormToken.findMany();
    expect(spent.length).toBeGreaterThan(0);
    expect(JSON.stringify(spent)).not.toContain(token);
    expect(JSON.stringify(spent)).not.toContain(token.split('.')[0]);
    for (const row of spent) expect(row.expiresAt.getTime() % 3_600_000).toBe(0);
  });

  it('takes a form once even when it arrives twice at the same moment', async () => {
    const sent = form({ audience: 'parent', topic: 'money', message: 'Dubbel geklikt', reach: 'none' });
    const before = await test.db.contactRequest.count();
    const results = await Promise.all([
      submitContactRequest(test.db, sent, '203.0.113.42', now),
      submitContactRequest(test.db, sent, '203.0.113.42', now),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.formError === 'alreadySent')).toHaveLength(1);
    expect(await test.db.contactRequest.count()).toBe(before + 1);
  });

  it('keeps a form usable after a refusal that is not a send: a mistake, or a sender over the limit', async () => {
    const fixable = form({ audience: 'recipient', topic: 'exit', reach: 'phone', phone: '12345' });
    expect(await submitContactRequest(test.db, fixable, '203.0.113.43', now)).toMatchObject({
      formError: 'invalid',
    });
    fixable.set('phone', '06 12345678');
    expect((await submitContactRequest(test.db, fixable, '203.0.113.43', now)).ok).toBe(true);

    const valid = { audience: 'recipient', topic: 'exit', message: 'Hallo', reach: 'none' };
    for (let i = 0; i < 3; i += 1) await submitContactRequest(test.db, form(valid), '203.0.113.44', now);
    const later = form(valid);
    expect(await submitContactRequest(test.db, later, '203.0.113.44', now)).toMatchObject({
      formError: 'rateLimited',
    });
    expect((await submitContactRequest(test.db, later, '203.0.113.45', now)).ok).toBe(true);
  });

  it('starts a conversation when the answer is to come on the site: the key once, its hash stored, not logged', async () => {
    const stdout = vi.mocked(process.stdout.write);
    stdout.mockClear();
    const result = await submitContactRequest(
      test.db,
      form({
        audience: 'recipient',
        topic: 'addiction',
        message: 'Schrijf me hier terug',
        reach: 'conversation',
      }),
      '203.0.113.20',
      now,
    );
    expect(result).toMatchObject({ ok: true, conversation: { replyWithinDays: 2 } });
    if (!result.ok || !result.conversation) throw new Error('no conversation');
    expect(result.conversation.key).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const row = await test.db.contactRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({ reach: 'conversation', teamId: 'team-addiction', contactCipher: null });
    const digits = result.conversation.key.replace(/ /g, '');
    expect(JSON.stringify(row)).not.toContain(digits);
    const logged = stdout.mock.calls.map(([line]) => String(line)).join('');
    expect(logged).toContain('conversation.started');
    expect(logged).not.toContain(digits);
    expect(logged).not.toContain('Schrijf me hier terug');
    // The same spam defences: a conversation without a message is refused before anything is stored.
    expect(
      await submitContactRequest(
        test.db,
        form({ audience: 'recipient', topic: 'addiction', reach: 'conversation' }),
        '203.0.113.20',
        now,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { message: 'messageRequiredForConversation' } });
  });

  it('tells the caller when the database fails, and logs no content', async () => {
    const broken = new Proxy(test.db, {
      get: (target, property) =>
        property === '$queryRaw'
          ? () => Promise.reject(new Error('connection lost'))
          : Reflect.get(target, property),
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const result = await submitContactRequest(
      broken,
      form({ audience: 'recipient', topic: 'exit', message: 'Vertrouwelijk bericht', reach: 'none' }),
      '203.0.113.9',
      now,
    );
    expect(result).toMatchObject({ ok: false, formError: 'storeFailed' });
    const logged = stderr.mock.calls.map(([line]) => String(line)).join('');
    expect(logged).toContain('contact.store_failed');
    expect(logged).not.toContain('Vertrouwelijk');
    stderr.mockRestore();
  });

  it('deletes requests some days after they were closed, and nothing else', async () => {
    const rows = await test.db.contactRequest.findMany({ take: 2 });
    const [old, recent] = rows;
    await test.db.contactRequest.update({
      where: { id: old!.id },
      data: { status: 'closed', closedAt: new Date('2026-08-01T10:00:00Z') },
    });
    await test.db.contactRequest.update({
      where: { id: recent!.id },
      data: { status: 'closed', closedAt: new Date('2026-11-20T10:00:00Z') },
    });
    const spentBefore = await test.db.spentFormToken.count();
    await test.db.spentFormToken.createMany({
      data: [
        { hash: 'spent-long-ago', expiresAt: new Date('2026-11-28T09:00:00Z') },
        { hash: 'spent-this-hour', expiresAt: new Date('2026-11-30T11:00:00Z') },
      ],
    });
    const result = await applyRetention(test.db, now);
    expect(result.requests).toBe(1);
    // Spent form tokens go once the token could no longer be used anyway.
    expect(await test.db.spentFormToken.findUnique({ where: { hash: 'spent-long-ago' } })).toBeNull();
    expect(await test.db.spentFormToken.count()).toBe(spentBefore + 1);
    expect(await test.db.contactRequest.findUnique({ where: { id: old!.id } })).toBeNull();
    expect(await test.db.contactRequest.findUnique({ where: { id: recent!.id } })).not.toBeNull();
  });

  it('survives 1,000 random submissions without throwing: each is stored or refused with a reason', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('', 'recipient', 'exit', 'phone', 'email', 'none', '06 12345678', 'a@b.nl', 'yes'),
    );
    const payload = fc.record(
      {
        audience: text,
        topic: text,
        message: text,
        reach: text,
        phone: text,
        email: text,
        when: text,
        mayIdentify: text,
        wave: text,
        extra: text,
      },
      { requiredKeys: [] },
    );
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(payload, fc.integer({ min: 1, max: 250 }), async (fields, sender) => {
        const result = await submitContactRequest(
          test.db,
          form(fields as Record<string, string>),
          `198.51.100.${sender}`,
          now,
        );
        if (result.ok) stored += 1;
        else expect(['invalid', 'rateLimited', 'rejected']).toContain(result.formError);
      }),
      { numRuns: 1_000 },
    );
    expect(stored).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
