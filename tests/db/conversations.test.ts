import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import { createChallenge } from '@/lib/contact/proof-of-work';
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import type { ContactInput } from '@/lib/contact/schema';
import type { Db } from '@/lib/server/db';
import { createDb } from '@/lib/server/db/client';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'conversation-test-secret-conversation-test!';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  SITE_URL: 'https://hulp.uitweg.nl',
  CONVERSATION_RETENTION_DAYS: '60',
  CONVERSATION_LOOKUPS_PER_HOUR: '30',
  CONVERSATION_LOOKUPS_PER_HOUR_WITHOUT_POW: '10',
  CONVERSATION_LOOKUPS_GLOBAL_PER_HOUR: '40',
});

const { startConversation } = await import('@/lib/server/conversations/start');
const { openConversation, addPersonMessage, deleteConversation } =
  await import('@/lib/server/conversations/person');
const { addTeamReply, saveTemplate, findTemplates, deleteTemplate } =
  await import('@/lib/server/conversations/team');
const { admitLookup } = await import('@/lib/server/conversations/limits');
const { readMessages } = await import('@/lib/server/conversations/messages');
const { applyRetention } = await import('@/lib/server/contact/retention');
const { getKeyring } = await import('@/lib/server/contact/keyring');
const { flushCounts } = await import('@/lib/server/counting/counter');
const { powSecret } = await import('@/lib/server/contact/abuse');
const { openRequestForCaseworker, findInboxRequests } = await import('@/lib/server/staff/requests');
const { changeRequestStatus } = await import('@/lib/server/staff/request-updates');

const engines = await testEngines();
const HOUR = 3_600_000;
const T0 = new Date('2026-11-23T09:17:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const input = (message: string, overrides: Partial<ContactInput> = {}) =>
  ({
    audience: 'recipient',
    topic: 'exit',
    message,
    reach: 'conversation',
    when: undefined,
    mayIdentify: false,
    wave: 'utr-x7k2',
    ...overrides,
  }) as Extract<ContactInput, { reach: 'conversation' }>;

const holder = globalThis as { __uitwegDb?: Db };

async function counted(db: Db, metric: string): Promise<number> {
  await flushCounts();
  const sum = await db.dailyCounter.aggregate({ _sum: { count: true }, where: { metric } });
  return sum._sum.count ?? 0;
}

describe.each(engines)('conversations on %s', (engine) => {
  let test: TestDatabase;
  let worker: StaffSession;
  let other: StaffSession;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    // recordAudit and the counters write through getDb(): point it at this test database.
    holder.__uitwegDb = test.db;
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
    await test.db.staffUser.createMany({
      data: [
        { id: 'u-worker', email: 'w@x.nl', name: 'Sam de Vries', passwordHash: 'x', roles: 'caseworker' },
        { id: 'u-other', email: 'o@x.nl', name: 'Other Person', passwordHash: 'x', roles: 'caseworker' },
      ],
    });
    worker = {
      sessionId: 's1',
      userId: 'u-worker',
      email: 'w@x.nl',
      name: 'Sam de Vries',
      roles: ['caseworker'],
      teamIds: ['team-youth'],
    };
    other = { ...worker, sessionId: 's2', userId: 'u-other', name: 'Other Person', teamIds: ['team-money'] };
  });
  afterAll(async () => {
    await flushCounts();
    delete holder.__uitwegDb;
    await test?.cleanup();
  });
  beforeEach(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  it('starts a conversation: the key is returned once and stored only as a slow hash and a short prefix', async () => {
    const started = await startConversation(test.db, input('Ik wil eruit, maar durf niet te bellen.'), T0);
    expect(started.key).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    const digits = started.key.replace(/ /g, '');
    const row = await test.db.contactRequest.findUniqueOrThrow({ where: { reference: started.reference } });
    expect(row).toMatchObject({
      reach: 'conversation',
      status: 'new',
      teamId: 'team-youth',
      messageCipher: null,
      contactCipher: null,
      notified: false,
    });
    expect(row.conversationKeyHash).toMatch(/^\$argon2id\$/);
    expect(row.conversationLookup).toMatch(/^[0-9a-f]{4}$/);
    expect(row.receivedAt.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(row.lastActivityAt?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    const messages = await test.db.conversationMessage.findMany({ where: { requestId: row.id } });
    expect(messages).toHaveLength(1);
    // Neither the key (in any form) nor the message is anywhere in the stored rows.
    const stored = JSON.stringify([row, messages]);
    for (const secret of [digits, started.key, digits.slice(0, 8), 'durf niet'])
      expect(stored).not.toContain(secret);
    expect(await counted(test.db, 'conversation_start')).toBe(1);
  });

  it('opens with the key however it is typed, oldest first, with days and no times', async () => {
    const started = await startConversation(test.db, input('Eerste bericht'), T0);
    const digits = started.key.replace(/ /g, '');
    for (const [index, typed] of [started.key, digits, started.key.replace(/ /g, '-')].entries()) {
      const opened = await openConversation(test.db, { key: typed, address: `198.51.100.${index}` }, at(1));
      expect(opened.ok, typed).toBe(true);
      if (!opened.ok) return;
      expect(opened.view).toMatchObject({
        reference: started.reference,
        messages: [{ author: 'person', label: '', body: 'Eerste bericht', day: '2026-11-23' }],
        replyWithinDays: 2,
        // Monday: two working days are Tuesday and Wednesday.
        answerExpectedBy: '2026-11-25',
        deleteOn: '2027-01-22',
        retentionDays: 60,
        newAnswer: false,
      });
    }
  });

  it('answers a wrong key, an expired and a deleted conversation the same way', async () => {
    const kept = await startConversation(test.db, input('Blijft'), T0);
    const expired = await startConversation(test.db, input('Verloopt'), T0);
    const deleted = await startConversation(test.db, input('Wordt gewist'), T0);
    expect(await deleteConversation(test.db, { key: deleted.key, address: '203.0.113.50' }, at(1))).toEqual({
      ok: true,
    });
    const later = at(60 * 24 + 1);
    await test.db.contactRequest.update({
      where: { reference: kept.reference },
      data: { lastActivityAt: at(59 * 24) },
    });
    const answers = [];
    for (const [index, key] of ['0000 0000 0000 0000', expired.key, deleted.key, 'not a key'].entries()) {
      answers.push(await openConversation(test.db, { key, address: `203.0.113.${60 + index}` }, later));
    }
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: 'not-found' }));
    expect((await openConversation(test.db, { key: kept.key, address: '203.0.113.70' }, later)).ok).toBe(
      true,
    );
  });

  it('lets a case worker answer; the status follows and the person reads the answer once', async () => {
    const started = await startConversation(test.db, input('Kan iemand helpen?'), T0);
    const { id } = await test.db.contactRequest.findUniqueOrThrow({
      where: { reference: started.reference },
    });
    const reply = {
      requestId: id,
      body: 'Ja, wij helpen je. Schrijf gerust terug.',
      labelKind: 'firstName' as const,
    };
    expect(
      await addTeamReply(test.db, worker, { ...reply, outcome: 'waiting_for_person' }, getKeyring(), at(3)),
    ).toEqual({ ok: true });
    const row = await test.db.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'waiting_for_person', answerUnread: true, waitingSince: null });
    expect(row.firstAnsweredAt?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    const audit = await test.db.auditEntry.findMany({ where: { target: id, action: 'conversation.reply' } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('helpen');

    const readsBefore = await counted(test.db, 'answer_read');
    const first = await openConversation(test.db, { key: started.key, address: '192.0.2.10' }, at(5));
    expect(first.ok && first.view.newAnswer).toBe(true);
    expect(first.ok && first.view.messages.map((m) => [m.author, m.label, m.body])).toEqual([
      ['person', '', 'Kan iemand helpen?'],
      ['team', 'Sam', 'Ja, wij helpen je. Schrijf gerust terug.'],
    ]);
    expect(first.ok && first.view.answerExpectedBy).toBeNull();
    const again = await openConversation(test.db, { key: started.key, address: '192.0.2.10' }, at(5.5));
    expect(again.ok && again.view.newAnswer).toBe(false);
    expect(await counted(test.db, 'answer_read')).toBe(readsBefore + 1);

    // The person writes back: the conversation waits for us again, the team is told (without content).
    await test.db.contactRequest.update({ where: { id }, data: { notified: true } });
    const back = await addPersonMessage(
      test.db,
      { key: started.key, address: '192.0.2.10', message: '  Dank je. Wat nu?  ' },
      at(30),
    );
    expect(back.ok && back.view.messages.at(-1)).toMatchObject({
      author: 'person',
      body: 'Dank je. Wat nu?',
    });
    expect(back.ok && back.view.answerExpectedBy).toBe('2026-11-26');
    const waiting = await test.db.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(waiting).toMatchObject({ status: 'waiting_for_us', notified: false });
    expect(waiting.waitingSince?.toISOString()).toBe('2026-11-24T15:00:00.000Z');

    // The case worker sees it in the inbox under "waiting for us" and in the conversation.
    const inbox = await findInboxRequests(
      test.db,
      worker,
      { status: 'waiting', teamId: '', topic: '' },
      at(31),
      24,
    );
    expect(inbox.map((request) => request.id)).toContain(id);
    const opened = await openRequestForCaseworker(test.db, worker, id, getKeyring(), at(31));
    expect(opened?.conversation?.messages.map((message) => [message.author, message.authorName])).toEqual([
      ['person', null],
      ['team', 'Sam de Vries'],
      ['person', null],
    ]);
    expect(opened?.conversation?.lastLabelKind).toBe('firstName');
    expect(await test.db.auditEntry.count({ where: { target: id, action: 'request.open' } })).toBe(1);

    expect(
      await addTeamReply(
        test.db,
        worker,
        { ...reply, body: 'Bel ons gerust.', labelKind: 'team', outcome: 'answered' },
        getKeyring(),
        at(32),
      ),
    ).toEqual({ ok: true });
    const answered = await test.db.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(answered.status).toBe('answered');
    // The first answer stays the first answer.
    expect(answered.firstAnsweredAt?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
    const last = await openConversation(test.db, { key: started.key, address: '192.0.2.10' }, at(33));
    expect(last.ok && last.view.messages.at(-1)?.label).toBe('Jongerenwerk en werk & inkomen');
  });

  it('refuses a reply with a link to another site, a too long one, and one to another team', async () => {
    const started = await startConversation(test.db, input('Hallo'), T0);
    const { id } = await test.db.contactRequest.findUniqueOrThrow({
      where: { reference: started.reference },
    });
    const reply = (body: string) => ({
      requestId: id,
      body,
      labelKind: 'team' as const,
      outcome: 'answered' as const,
    });
    expect(await addTeamReply(test.db, worker, reply('Kijk op www.tracker.nl'), getKeyring(), at(1))).toEqual(
      {
        ok: false,
        reason: 'invalid',
        problem: 'replyForeignLink',
      },
    );
    expect(await addTeamReply(test.db, worker, reply('x'.repeat(2001)), getKeyring(), at(1))).toMatchObject({
      problem: 'replyTooLong',
    });
    expect(
      await addTeamReply(test.db, worker, reply('Lees https://hulp.uitweg.nl/nl/hulp'), getKeyring(), at(1)),
    ).toEqual({
      ok: true,
    });
    expect(await addTeamReply(test.db, other, reply('Hallo'), getKeyring(), at(1))).toEqual({
      ok: false,
      reason: 'notFound',
    });
    expect(await openRequestForCaseworker(test.db, other, id, getKeyring(), at(1))).toBeNull();
    expect(await test.db.conversationMessage.count({ where: { requestId: id } })).toBe(2);
  });

  it('binds each message to its conversation: a ciphertext copied elsewhere does not decrypt', async () => {
    const one = await startConversation(test.db, input('Geheim een'), T0);
    const two = await startConversation(test.db, input('Geheim twee'), T0);
    const [rowOne, rowTwo] = await Promise.all(
      [one, two].map((started) =>
        test.db.contactRequest.findUniqueOrThrow({ where: { reference: started.reference } }),
      ),
    );
    const source = await test.db.conversationMessage.findFirstOrThrow({ where: { requestId: rowOne!.id } });
    await test.db.conversationMessage.updateMany({
      where: { requestId: rowTwo!.id },
      data: { bodyCipher: source.bodyCipher },
    });
    await expect(readMessages(test.db, getKeyring(), rowTwo!)).rejects.toThrow(/Decryption failed/);
    // Flipping the author from person to team is caught too.
    await test.db.conversationMessage.update({ where: { id: source.id }, data: { author: 'team' } });
    await expect(readMessages(test.db, getKeyring(), rowOne!)).rejects.toThrow(/Decryption failed/);
  });

  it('deletes at once when the person asks: messages, key hash and notes, leaving a stub without content', async () => {
    const started = await startConversation(test.db, input('Wis dit alsjeblieft'), T0);
    const { id } = await test.db.contactRequest.findUniqueOrThrow({
      where: { reference: started.reference },
    });
    await addTeamReply(
      test.db,
      worker,
      { requestId: id, body: 'Goed.', labelKind: 'team', outcome: 'answered' },
      getKeyring(),
      at(1),
    );
    await test.db.requestNote.create({
      data: {
        id: `note-${id}`,
        requestId: id,
        authorId: 'u-worker',
        keyId: 'k1',
        bodyCipher: 'x',
        createdAt: at(1),
      },
    });
    expect(await deleteConversation(test.db, { key: started.key, address: '192.0.2.20' }, at(2))).toEqual({
      ok: true,
    });
    const stub = await test.db.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(stub).toMatchObject({
      status: 'deleted',
      conversationKeyHash: null,
      conversationLookup: null,
      messageCipher: null,
      contactCipher: null,
    });
    expect(await test.db.conversationMessage.count({ where: { requestId: id } })).toBe(0);
    expect(await test.db.requestNote.count({ where: { requestId: id } })).toBe(0);
    // The team sees the stub, can no longer reply, and the person can no longer open it.
    const opened = await openRequestForCaseworker(test.db, worker, id, getKeyring(), at(3));
    expect(opened?.conversation).toMatchObject({ deleted: true, messages: [] });
    expect(
      await addTeamReply(
        test.db,
        worker,
        { requestId: id, body: 'Nog iets?', labelKind: 'team', outcome: 'answered' },
        getKeyring(),
        at(3),
      ),
    ).toMatchObject({ ok: false });
    expect(await changeRequestStatus(test.db, worker, id, 'close', at(3))).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await openConversation(test.db, { key: started.key, address: '192.0.2.21' }, at(3))).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('closes and reopens a conversation waiting for whoever did not write last', async () => {
    const started = await startConversation(test.db, input('Sluiten?'), T0);
    const { id } = await test.db.contactRequest.findUniqueOrThrow({
      where: { reference: started.reference },
    });
    expect(await changeRequestStatus(test.db, worker, id, 'pickUp', at(1))).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await changeRequestStatus(test.db, worker, id, 'close', at(1))).toEqual({ ok: true });
    expect(await changeRequestStatus(test.db, worker, id, 'reopen', at(2))).toEqual({ ok: true });
    expect((await test.db.contactRequest.findUniqueOrThrow({ where: { id } })).status).toBe('waiting_for_us');
    // A person writing to a closed conversation opens it again.
    await changeRequestStatus(test.db, worker, id, 'close', at(3));
    const back = await addPersonMessage(
      test.db,
      { key: started.key, address: '192.0.2.30', message: 'Toch nog iets' },
      at(4),
    );
    expect(back.ok).toBe(true);
    const row = await test.db.contactRequest.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('waiting_for_us');
    expect(row.closedAt).toBeNull();
  });

  it('refuses an empty or too long message before it looks at the key', async () => {
    const started = await startConversation(test.db, input('Hoi'), T0);
    const attempt = { key: started.key, address: '192.0.2.40' };
    expect(await addPersonMessage(test.db, { ...attempt, message: ' \n ' }, at(1))).toEqual({
      ok: false,
      reason: 'messageRequired',
    });
    expect(await addPersonMessage(test.db, { ...attempt, message: 'x'.repeat(2001) }, at(1))).toEqual({
      ok: false,
      reason: 'messageTooLong',
    });
  });

  it('throttles 20 wrong keys from one address, with growing delays, and leaves other addresses alone', async () => {
    const started = await startConversation(test.db, input('Raad maar'), T0);
    const base = at(24 * 3).getTime();
    const address = '198.51.100.77';
    const reasons = [];
    // 20 wrong keys, one every 500 ms. After a wrong key the address waits 1 s, then 2 s, 4 s, …, and from the 11th
    // look-up the hourly limit without proof of work refuses too: only the keys at 0, 1 and 3 seconds are tried.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const key = `1111 2222 3333 ${String(4000 + attempt)}`;
      const result = await openConversation(test.db, { key, address }, new Date(base + attempt * 500));
      reasons.push(result.ok ? 'ok' : result.reason);
    }
    expect(
      reasons.map((reason, index) => (reason === 'not-found' ? index : -1)).filter((i) => i >= 0),
    ).toEqual([0, 2, 6]);
    expect(reasons.filter((reason) => reason === 'throttled')).toHaveLength(17);
    // Even the right key is refused now: the answer says "throttled", not whether the key was right.
    const during = await openConversation(test.db, { key: started.key, address }, new Date(base + 10_000));
    // Over the hourly limit: the answer says when, the start of the next hour.
    const nextHour = new Date((Math.floor(base / HOUR) + 1) * HOUR);
    expect(during).toEqual({ ok: false, reason: 'throttled', retryAt: nextHour });
    // Another address is not affected.
    const elsewhere = await openConversation(
      test.db,
      { key: started.key, address: '198.51.100.78' },
      new Date(base),
    );
    expect(elsewhere.ok).toBe(true);
    // The delay table and the buckets hold no address.
    const stored = JSON.stringify([
      await test.db.conversationLookupDelay.findMany(),
      await test.db.rateLimitBucket.findMany(),
    ]);
    expect(stored).not.toContain('198.51.100');
  });

  it('doubles the delay after each wrong key, up to 30 s, refusing early look-ups like over-limit ones', async () => {
    const started = await startConversation(test.db, input('Vertraging'), T0);
    const base = at(24 * 4).getTime();
    const address = '198.51.100.90';
    const tryAt = async (ms: number, key = '9999 9999 9999 9999') =>
      openConversation(test.db, { key, address }, new Date(base + ms));
    const throttledUntil = (ms: number) => ({ ok: false, reason: 'throttled', retryAt: new Date(base + ms) });
    expect(await tryAt(0)).toEqual({ ok: false, reason: 'not-found' });
    // Refused early, with the moment the delay ends.
    expect(await tryAt(900)).toEqual(throttledUntil(1_000));
    expect(await tryAt(1_000)).toEqual({ ok: false, reason: 'not-found' });
    expect(await tryAt(2_900)).toEqual(throttledUntil(3_000));
    expect(await tryAt(3_000)).toEqual({ ok: false, reason: 'not-found' });
    expect(await tryAt(6_900, started.key)).toEqual(throttledUntil(7_000));
    expect((await tryAt(7_000, started.key)).ok).toBe(true);
  });

  it('allows fewer look-ups per hour without proof of work, more with one that was not spent before', async () => {
    const started = await startConversation(test.db, input('Limiet'), T0);
    const base = at(24 * 5).getTime();
    const results = [];
    // 31 s apart, so the delay after a wrong key never gets in the way: only the hourly limit counts.
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const result = await openConversation(
        test.db,
        { key: started.key, address: '198.51.100.91' },
        new Date(base + attempt * 1_000),
      );
      results.push(result.ok ? 'ok' : result.reason);
    }
    expect(results).toEqual([...Array(10).fill('ok'), 'throttled']);

    const now = new Date(base + 20_000);
    const challenge = createChallenge({ secret: powSecret(), now, maxNumber: 200 });
    const number = await solveChallenge(challenge);
    const proofOfWork = encodeSolution(challenge, number!);
    const withProof = await openConversation(
      test.db,
      { key: started.key, address: '198.51.100.91', proofOfWork },
      now,
    );
    expect(withProof.ok).toBe(true);
    // The same proof again is a replay: the lower limit applies, which is already used up.
    const replayed = await openConversation(
      test.db,
      { key: started.key, address: '198.51.100.91', proofOfWork },
      new Date(now.getTime() + 1_000),
    );
    expect(replayed).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('holds the site-wide ceiling across two instances (two connection pools) at the same moment', async () => {
    const second = createDb(test.url);
    try {
      const now = at(24 * 6);
      const attempts = Array.from({ length: 60 }, (_, index) =>
        admitLookup(index % 2 === 0 ? test.db : second, { address: `10.0.${index}.1` }, now),
      );
      const admitted = (await Promise.all(attempts)).filter((admission) => admission.ok);
      expect(admitted).toHaveLength(40);
    } finally {
      await second.$disconnect();
    }
  });

  it('keeps messages in order when the person and the team write at the same moment', async () => {
    const started = await startConversation(test.db, input('Tegelijk'), T0);
    const { id } = await test.db.contactRequest.findUniqueOrThrow({
      where: { reference: started.reference },
    });
    const [person, team] = await Promise.all([
      addPersonMessage(test.db, { key: started.key, address: '192.0.2.50', message: 'Ik ook' }, at(2)),
      addTeamReply(
        test.db,
        worker,
        { requestId: id, body: 'Wij ook', labelKind: 'team', outcome: 'answered' },
        getKeyring(),
        at(2),
      ),
    ]);
    expect(person.ok && team.ok).toBe(true);
    const seqs = (
      await test.db.conversationMessage.findMany({ where: { requestId: id }, orderBy: { seq: 'asc' } })
    ).map((message) => message.seq);
    expect(seqs).toEqual([1, 2, 3]);
  });

  it('manages saved answers per team and language, for its own case workers and admins only', async () => {
    const now = at(1);
    const created = await saveTemplate(
      test.db,
      worker,
      { teamId: 'team-youth', locale: 'nl', title: 'Eerste antwoord', body: 'Fijn dat je schrijft.' },
      now,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(
      await saveTemplate(
        test.db,
        worker,
        { teamId: 'team-youth', locale: 'en', title: 'Link', body: 'See evil.com' },
        now,
      ),
    ).toEqual({ ok: false, reason: 'invalid', problem: 'replyForeignLink' });
    expect(
      await saveTemplate(test.db, other, { teamId: 'team-youth', locale: 'nl', title: 'x', body: 'y' }, now),
    ).toEqual({ ok: false, reason: 'notFound' });
    expect(
      await saveTemplate(
        test.db,
        other,
        { id: created.id, teamId: 'team-money', locale: 'nl', title: 'x', body: 'y' },
        now,
      ),
    ).toEqual({ ok: false, reason: 'notFound' });
    const admin: StaffSession = { ...worker, userId: 'u-admin', roles: ['admin'], teamIds: [] };
    expect(
      await saveTemplate(
        test.db,
        admin,
        { id: created.id, teamId: 'team-youth', locale: 'nl', title: 'Eerste', body: 'Fijn!' },
        now,
      ),
    ).toEqual({ ok: true, id: created.id });
    expect(
      (await findTemplates(test.db, worker, ['team-youth', 'team-money'])).map((t) => [t.title, t.body]),
    ).toEqual([['Eerste', 'Fijn!']]);
    expect(await findTemplates(test.db, other, ['team-youth'])).toEqual([]);
    expect(await deleteTemplate(test.db, other, created.id, now)).toEqual({ ok: false, reason: 'notFound' });
    expect(await deleteTemplate(test.db, worker, created.id, now)).toEqual({ ok: true });
    expect(await test.db.auditEntry.count({ where: { target: created.id } })).toBe(3);
  });

  it('deletes a conversation completely some days after its last message, and nothing newer', async () => {
    const old = await startConversation(test.db, input('Oud gesprek'), T0);
    const recent = await startConversation(test.db, input('Recent gesprek'), T0);
    const [oldRow, recentRow] = await Promise.all(
      [old, recent].map((started) =>
        test.db.contactRequest.findUniqueOrThrow({ where: { reference: started.reference } }),
      ),
    );
    await test.db.requestNote.create({
      data: {
        id: `note-${oldRow!.id}`,
        requestId: oldRow!.id,
        authorId: 'u-worker',
        keyId: 'k1',
        bodyCipher: 'x',
        createdAt: T0,
      },
    });
    await addTeamReply(
      test.db,
      worker,
      { requestId: recentRow!.id, body: 'Nog bezig', labelKind: 'team', outcome: 'answered' },
      getKeyring(),
      at(24 * 10),
    );
    const result = await applyRetention(test.db, at(24 * 60 + 1));
    expect(result.conversations).toBeGreaterThanOrEqual(1);
    // Gone from the database, not hidden: the request, its messages and its notes.
    expect(await test.db.contactRequest.findUnique({ where: { id: oldRow!.id } })).toBeNull();
    expect(await test.db.conversationMessage.count({ where: { requestId: oldRow!.id } })).toBe(0);
    expect(await test.db.requestNote.count({ where: { requestId: oldRow!.id } })).toBe(0);
    expect(await test.db.contactRequest.findUnique({ where: { id: recentRow!.id } })).not.toBeNull();
    expect(await test.db.conversationMessage.count({ where: { requestId: recentRow!.id } })).toBe(2);
    // The delays and buckets of past hours go too.
    expect(
      await test.db.conversationLookupDelay.count({ where: { windowStart: { lt: at(24 * 60 - 1) } } }),
    ).toBe(0);
  });
});
