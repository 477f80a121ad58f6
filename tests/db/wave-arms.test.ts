import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { issueFormToken } from '@/lib/contact/form-timing';
import type { Db } from '@/lib/server/db';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'wave-arms-test-secret-wave-arms-test!!';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  CONTACT_LIMIT_PER_HOUR: '50',
  CONTACT_GLOBAL_LIMIT_PER_HOUR: '10000',
  CONTACT_MIN_FILL_SECONDS: '2',
});

const { attributionOf } = await import('@/lib/server/waves/attribution');
const { invalidateWaveDirectory } = await import('@/lib/server/waves/wave-directory');
const { recordPageView } = await import('@/lib/server/counting/page-view');
const { recordEvent } = await import('@/lib/server/counting/events');
const { submitContact } = await import('@/lib/server/visitor-forms/contact');
const { flushCounts } = await import('@/lib/server/counting/counter');

const engines = await testEngines();
const holder = globalThis as { __uitwegDb?: Db };
const PHONE =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

function contactForm(fields: Record<string, string>): FormData {
  const data = new FormData();
  const started = issueFormToken(SECRET, new Date(Date.now() - 10_000));
  for (const [name, value] of Object.entries({ started, ...fields })) data.set(name, value);
  return data;
}

async function rows(db: Db, metric: string) {
  await flushCounts();
  const found = await db.dailyCounter.findMany({
    where: { metric },
    select: { wave: true, arm: true, count: true },
  });
  const sums = new Map<string, number>();
  for (const row of found)
    sums.set(`${row.wave}/${row.arm}`, (sums.get(`${row.wave}/${row.arm}`) ?? 0) + row.count);
  return Object.fromEntries(sums);
}

describe.each(engines)('wave experiment arms on %s', (engine) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    holder.__uitwegDb = test.db;
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
    await test.db.wave.create({
      data: {
        id: 'w1',
        code: 'tst-exp1',
        name: 'Proef',
        sentOn: '2026-11-20',
        locale: 'nl',
        smsText: 'x {link}',
      },
    });
    await test.db.waveArm.createMany({
      data: [
        {
          id: 'a1',
          waveId: 'w1',
          code: 'tst-exp1-call',
          label: 'bel eerst',
          position: 0,
          smsText: 'a {link}',
        },
        {
          id: 'a2',
          waveId: 'w1',
          code: 'tst-exp1-write',
          label: 'schrijf eerst',
          position: 1,
          smsText: 'b {link}',
          channelOrder: 'write-first',
          intros: JSON.stringify({ nl: 'Je mag ons schrijven.' }),
        },
      ],
    });
    invalidateWaveDirectory();
  });
  afterAll(async () => {
    await flushCounts();
    delete holder.__uitwegDb;
    await test?.cleanup();
  });
  beforeEach(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  it('resolves an arm link to its wave and arm, the wave link to the wave alone, anything else to nothing', async () => {
    expect(await attributionOf('tst-exp1-write')).toEqual({ wave: 'tst-exp1', arm: 'tst-exp1-write' });
    expect(await attributionOf('TST-EXP1-CALL')).toEqual({ wave: 'tst-exp1', arm: 'tst-exp1-call' });
    expect(await attributionOf('tst-exp1')).toEqual({ wave: 'tst-exp1', arm: '' });
    expect(await attributionOf('tst-nope')).toEqual({ wave: '', arm: '' });
    expect(await attributionOf('<script>')).toEqual({ wave: '', arm: '' });
    expect(await attributionOf(null)).toEqual({ wave: '', arm: '' });
  });

  it('counts a visit and a daily unique through an arm link for that arm, and taps carrying the link code too', async () => {
    // The daily-unique set lives in memory for the whole run: a host per engine keeps the engines apart.
    const headers = new Headers({ 'user-agent': PHONE, host: engine });
    const view = (arm: string, address: string) =>
      recordPageView({
        method: 'GET',
        pathname: `/w/${arm}`,
        headers,
        waveCode: 'tst-exp1',
        arm,
        locale: 'nl',
        clientAddress: address,
      });
    view('tst-exp1-write', '203.0.113.7');
    view('tst-exp1-write', '203.0.113.7');
    view('tst-exp1-call', '203.0.113.7');
    view('tst-exp1-call', '203.0.113.8');
    expect(await rows(test.db, 'visit')).toEqual({
      'tst-exp1/tst-exp1-write': 2,
      'tst-exp1/tst-exp1-call': 2,
    });
    // Per link: the same phone opening both arms' links is one unique for each arm, and once a day per arm.
    const unique = await rows(test.db, 'unique');
    expect(unique['tst-exp1/tst-exp1-write']).toBe(1);
    expect(unique['tst-exp1/tst-exp1-call']).toBe(2);

    await recordEvent(new URLSearchParams({ k: 'tap', c: 'primary', w: 'tst-exp1-write' }), PHONE);
    await recordEvent(new URLSearchParams({ k: 'tap', c: 'primary', w: 'tst-exp1' }), PHONE);
    expect(await rows(test.db, 'tap')).toEqual({ 'tst-exp1/tst-exp1-write': 1, 'tst-exp1/': 1 });
  });

  it('stores and counts a contact request and a conversation for the arm whose link code the page passed on', async () => {
    const fields = { audience: 'recipient', topic: 'exit', message: 'Ik wil eruit.' };
    const request = await submitContact(
      'nl',
      contactForm({ ...fields, reach: 'none', wave: 'tst-exp1-call', arm: 'forged-arm' }),
      new Headers(),
    );
    expect(request.ok).toBe(true);
    const conversation = await submitContact(
      'nl',
      contactForm({ ...fields, reach: 'conversation', wave: 'tst-exp1-write' }),
      new Headers(),
    );
    expect(conversation.ok).toBe(true);
    const stored = await test.db.contactRequest.findMany({ select: { reach: true, wave: true, arm: true } });
    expect(stored).toEqual(
      expect.arrayContaining([
        { reach: 'none', wave: 'tst-exp1', arm: 'tst-exp1-call' },
        { reach: 'conversation', wave: 'tst-exp1', arm: 'tst-exp1-write' },
      ]),
    );
    expect(await rows(test.db, 'request')).toEqual({ 'tst-exp1/tst-exp1-call': 1 });
    expect(await rows(test.db, 'conversation_start')).toEqual({ 'tst-exp1/tst-exp1-write': 1 });
  });
});
