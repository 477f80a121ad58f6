import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffSession } from '@/lib/auth/permissions';
import type { Db } from '@/lib/server/db';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

// The case workers' side of conversations: saved answers in a reply, who may see and act on what, the inbox's
// "waiting for us" filter and order, and the dashboard's reply figures.
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'conversation-staff-test-secret-conversation!',
  SITE_URL: 'https://hulp.uitweg.nl',
  CONVERSATION_RETENTION_DAYS: '60',
});

const { insertConversation } = await import('@/lib/server/conversations/start');
const { addTeamReply, saveTemplate, findTemplateTeams, findTemplates, findTemplatesForRequest } =
  await import('@/lib/server/conversations/team');
const { templateTextForReply } = await import('@/lib/server/conversations/reply-template');
const { getKeyring } = await import('@/lib/server/contact/keyring');
const { flushCounts } = await import('@/lib/server/counting/counter');
const { openRequestForCaseworker, findInboxRequests } = await import('@/lib/server/staff/requests');
const { addRequestNote, reassignRequest } = await import('@/lib/server/staff/request-updates');
const { getDashboard } = await import('@/lib/server/analytics/dashboard');
const { addCounts } = await import('@/lib/server/counting/counter-store');
const { counterKey } = await import('@/lib/counting/types');

const engines = await testEngines();
const HOUR = 3_600_000;
const T0 = new Date('2026-11-23T09:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
const holder = globalThis as { __uitwegDb?: Db };

const session = (overrides: Partial<StaffSession>): StaffSession => ({
  sessionId: 's',
  userId: 'u-worker',
  email: 'w@x.nl',
  name: 'Sam de Vries',
  roles: ['caseworker'],
  teamIds: ['team-youth'],
  ...overrides,
});
const worker = session({});
const otherTeam = session({ userId: 'u-other', name: 'Other Person', teamIds: ['team-money'] });
const admin = session({ userId: 'u-admin', name: 'Admin', roles: ['admin'], teamIds: [] });
const analyst = session({ userId: 'u-analyst', name: 'Analyst', roles: ['analyst'], teamIds: [] });

describe.each(engines)("the case workers' side of conversations on %s", (engine) => {
  let test: TestDatabase;
  let counter = 0;

  async function conversation(teamId: string, hoursAfterT0: number, wave = 'utr-x7k2') {
    counter += 1;
    return insertConversation(
      test.db,
      {
        audience: 'recipient',
        topic: 'exit',
        wave,
        message: `Bericht ${counter}`,
        teamId,
        canonicalKey: String(1_000_000_000_000_000 + counter),
      },
      getKeyring(),
      at(hoursAfterT0),
    );
  }

  beforeAll(async () => {
    test = await createTestDatabase(engine);
    holder.__uitwegDb = test.db;
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
    await test.db.staffUser.createMany({
      data: [worker, otherTeam, admin, analyst].map((person) => ({
        id: person.userId,
        email: `${person.userId}@x.nl`,
        name: person.name,
        passwordHash: 'x',
        roles: person.roles.join(','),
      })),
    });
  });
  afterAll(async () => {
    await flushCounts();
    delete holder.__uitwegDb;
    await test?.cleanup();
  });
  beforeEach(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  it("inserts only the conversation's own team's saved answers, for its own case workers", async () => {
    const { id } = await conversation('team-youth', 0);
    const own = await saveTemplate(
      test.db,
      worker,
      { teamId: 'team-youth', locale: 'nl', title: 'Welkom', body: 'Fijn dat je schrijft.' },
      at(0),
    );
    const foreign = await saveTemplate(
      test.db,
      otherTeam,
      { teamId: 'team-money', locale: 'nl', title: 'Geld', body: 'Over je schulden.' },
      at(0),
    );
    if (!own.ok || !foreign.ok) throw new Error('templates not saved');
    expect(await templateTextForReply(test.db, worker, id, own.id)).toBe('Fijn dat je schrijft.');
    // Another team's template id, posted into my conversation: nothing.
    expect(await templateTextForReply(test.db, worker, id, foreign.id)).toBeNull();
    // Another team's case worker, with my conversation's id: nothing.
    expect(await templateTextForReply(test.db, otherTeam, id, own.id)).toBeNull();
    expect(await templateTextForReply(test.db, analyst, id, own.id)).toBeNull();
  });

  it("offers the saved answers in the language closest to the person's page first", async () => {
    const addictionWorker = session({ userId: 'u-addiction', teamIds: ['team-addiction'] });
    for (const [locale, title] of [
      ['nl', 'Hallo'],
      ['en', 'Hello'],
    ] as const) {
      const saved = await saveTemplate(
        test.db,
        addictionWorker,
        { teamId: 'team-addiction', locale, title, body: title },
        at(0),
      );
      expect(saved.ok).toBe(true);
    }
    const titles = async (locale: 'nl' | 'en' | 'pl' | null) =>
      (await findTemplatesForRequest(test.db, addictionWorker, { teamId: 'team-addiction', locale })).map(
        (template) => template.title,
      );
    expect(await titles('nl')).toEqual(['Hallo', 'Hello']);
    expect(await titles('en')).toEqual(['Hello', 'Hallo']);
    // Templates exist in Dutch and English: a Polish page gets the English ones first.
    expect(await titles('pl')).toEqual(['Hello', 'Hallo']);
    expect(await titles(null)).toEqual(['Hallo', 'Hello']);
  });

  it('lists the teams whose answers one may manage: every active team for admins, else their own', async () => {
    expect((await findTemplateTeams(test.db, admin)).map((team) => team.id).sort()).toEqual(
      DEMO_TEAMS.map((team) => team.id).sort(),
    );
    expect((await findTemplateTeams(test.db, worker)).map((team) => team.id)).toEqual(['team-youth']);
    expect(await findTemplateTeams(test.db, analyst)).toEqual([]);
    // A case worker who asks for another team's templates gets none of them.
    expect(await findTemplates(test.db, worker, ['team-money'])).toEqual([]);
    expect(
      await saveTemplate(
        test.db,
        worker,
        { teamId: 'team-money', locale: 'nl', title: 'Mag niet', body: 'Mag niet.' },
        at(0),
      ),
    ).toEqual({ ok: false, reason: 'notFound' });
  });

  it("refuses another team's case worker: no conversation, no audit entry, no reply", async () => {
    const { id } = await conversation('team-youth', 0);
    expect(await openRequestForCaseworker(test.db, otherTeam, id, getKeyring(), at(1))).toBeNull();
    expect(await test.db.auditEntry.count({ where: { target: id } })).toBe(0);
    expect(
      await addTeamReply(
        test.db,
        otherTeam,
        { requestId: id, body: 'Hallo', labelKind: 'team', outcome: 'answered' },
        getKeyring(),
        at(1),
      ),
    ).toEqual({ ok: false, reason: 'notFound' });
    expect(await test.db.conversationMessage.count({ where: { requestId: id } })).toBe(1);
    // The own team's case worker opens it (audited) and answers (audited).
    expect(await openRequestForCaseworker(test.db, worker, id, getKeyring(), at(1))).not.toBeNull();
    expect(
      await addTeamReply(
        test.db,
        worker,
        {
          requestId: id,
          body: 'Hallo, wij helpen je.',
          labelKind: 'firstName',
          outcome: 'waiting_for_person',
        },
        getKeyring(),
        at(1),
      ),
    ).toEqual({ ok: true });
    const actions = await test.db.auditEntry.findMany({ where: { target: id }, orderBy: { at: 'asc' } });
    expect(actions.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['request.open', 'u-worker'],
      ['conversation.reply', 'u-worker'],
    ]);
  });

  it('keeps a conversation deleted by the person deleted: no notes, no handing on', async () => {
    const { id } = await conversation('team-youth', 0);
    await test.db.contactRequest.update({
      where: { id },
      data: { status: 'deleted', conversationKeyHash: null, conversationLookup: null },
    });
    await test.db.conversationMessage.deleteMany({ where: { requestId: id } });
    expect(await addRequestNote(test.db, worker, id, 'Notitie', getKeyring(), at(1))).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await reassignRequest(test.db, worker, id, 'team-addiction', at(1))).toEqual({
      ok: false,
      reason: 'notAllowed',
    });
    expect(await test.db.contactRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'deleted',
      teamId: 'team-youth',
    });
    expect(await templateTextForReply(test.db, worker, id, 'any')).toBeNull();
  });

  it('filters "waiting for us" and sorts by how long someone has waited, or newest first', async () => {
    await test.db.contactRequest.deleteMany({});
    const older = await conversation('team-youth', 0);
    const newer = await conversation('team-youth', 10);
    const answered = await conversation('team-youth', 5);
    await addTeamReply(
      test.db,
      worker,
      { requestId: answered.id, body: 'Antwoord', labelKind: 'team', outcome: 'waiting_for_person' },
      getKeyring(),
      at(6),
    );
    // A person who has waited since hour 2 (they wrote again after an answer) comes before one waiting since 10.
    const again = await conversation('team-youth', -20);
    await test.db.contactRequest.update({
      where: { id: again.id },
      data: { status: 'waiting_for_us', waitingSince: at(2) },
    });
    await test.db.contactRequest.create({
      data: {
        id: 'callback-1',
        reference: 'CALLBACK1',
        audience: 'recipient',
        topic: 'exit',
        reach: 'phone',
        teamId: 'team-youth',
        keyId: 'k1',
        receivedAt: at(1),
        updatedAt: at(1),
      },
    });
    const inbox = (sort?: 'waiting' | 'newest', status: 'waiting' | 'all' = 'waiting') =>
      findInboxRequests(test.db, worker, { status, teamId: '', topic: '', sort }, at(40), 24).then((rows) =>
        rows.map((row) => row.id),
      );
    expect(await inbox()).toEqual([older.id, 'callback-1', again.id, newer.id]);
    expect(await inbox('newest')).toEqual([newer.id, 'callback-1', older.id, again.id]);
    expect(await inbox('waiting', 'all')).toEqual([older.id, 'callback-1', again.id, newer.id, answered.id]);
    const rows = await findInboxRequests(
      test.db,
      worker,
      { status: 'waiting', teamId: '', topic: '' },
      at(40),
      24,
    );
    expect(rows.find((row) => row.id === again.id)?.waitingSince?.toISOString()).toBe(at(2).toISOString());
    expect(rows.find((row) => row.id === older.id)?.waitingTooLong).toBe(true);
    // Another team's case worker sees none of them.
    expect(
      await findInboxRequests(test.db, otherTeam, { status: 'all', teamId: '', topic: '' }, at(40), 24),
    ).toEqual([]);
  });

  it('shows per-team reply figures, none for a team with 1 to 4 conversations, and the step "answer read"', async () => {
    await test.db.contactRequest.deleteMany({});
    await test.db.wave.create({
      data: { id: 'w1', code: 'utr-x7k2', name: 'Wave', sentOn: '2026-11-01', recipients: 100 },
    });
    for (let index = 0; index < 6; index += 1) {
      const { id } = await conversation('team-youth', index);
      if (index < 5)
        await addTeamReply(
          test.db,
          worker,
          { requestId: id, body: 'Antwoord', labelKind: 'team', outcome: 'answered' },
          getKeyring(),
          at(index + 2 * (index + 1)),
        );
    }
    const few = await conversation('team-addiction', 0);
    await test.db.contactRequest.update({ where: { id: few.id }, data: { firstAnsweredAt: at(1) } });
    await addCounts(test.db, [
      { key: counterKey({ day: '2026-11-23', wave: 'utr-x7k2', metric: 'answer_read' }), count: 3 },
    ]);
    const data = await getDashboard(analyst, {}, { db: test.db, now: at(24 * 6) });
    const youth = data.teamReplies.find((team) => team.teamId === 'team-youth');
    expect(youth).toMatchObject({
      suppressed: false,
      conversations: 6,
      answered: 5,
      withinPromise: 5,
      judged: 6,
      // Answers after 2, 4, 6, 8 and 10 hours.
      medianHoursToFirstAnswer: 6,
    });
    expect(data.teamReplies.find((team) => team.teamId === 'team-addiction')).toEqual({
      teamId: 'team-addiction',
      teamName: 'Verslavingszorg',
      replyWithinDays: 2,
      suppressed: true,
    });
    expect(data.teamReplies.map((team) => team.teamId)).not.toContain('team-money');
    expect(data.overallFunnel.map((step) => [step.step, step.count])).toEqual([
      ['recipients', 100],
      ['visited', 0],
      ['reachedOut', 0],
      ['answered', 6],
      ['answerRead', 3],
    ]);
  });
});
