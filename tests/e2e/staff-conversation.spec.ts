import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  addCaseworker,
  clearConversations,
  type SeededConversation,
  seedConversations,
} from '../support/staff-conversations';
import { withE2eDb } from '../support/e2e-db';
import { signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OTHER_CASEWORKER = 'schuldhulp@uitweg.test';
const TEAM_YOUTH = 'Jongerenwerk en werk & inkomen';
const TEMPLATE = {
  title: 'Tot snel',
  body: 'Dank je voor je bericht. Kijk over twee werkdagen weer op deze pagina.',
};

let waitingLong: SeededConversation;
let waitingShort: SeededConversation;
let answered: SeededConversation;
let deleted: SeededConversation;
let money: SeededConversation;

test.beforeAll(() => {
  clearConversations();
  addCaseworker(OTHER_CASEWORKER, 'team-money');
  [waitingLong, waitingShort, answered, deleted, money] = seedConversations([
    {
      teamId: 'team-youth',
      status: 'new',
      messages: [{ author: 'person', hoursAgo: 30 }],
      waitingHoursAgo: 30,
    },
    {
      teamId: 'team-youth',
      status: 'waiting_for_us',
      messages: [
        { author: 'person', hoursAgo: 50 },
        { author: 'team', hoursAgo: 40, label: 'Demo' },
        { author: 'person', hoursAgo: 5 },
      ],
      waitingHoursAgo: 5,
    },
    {
      teamId: 'team-youth',
      status: 'waiting_for_person',
      messages: [
        { author: 'person', hoursAgo: 60 },
        { author: 'team', hoursAgo: 55, label: 'Demo' },
      ],
    },
    { teamId: 'team-addiction', status: 'deleted', messages: [{ author: 'person', hoursAgo: 20 }] },
    {
      teamId: 'team-money',
      status: 'new',
      messages: [{ author: 'person', hoursAgo: 40 }],
      waitingHoursAgo: 40,
    },
  ]) as [SeededConversation, SeededConversation, SeededConversation, SeededConversation, SeededConversation];
});

const audit = (target: string) =>
  withE2eDb(
    (db) =>
      db
        .prepare(
          `SELECT "action", u."email" AS "actor" FROM "AuditEntry" a JOIN "StaffUser" u ON u."id" = a."actorId"
           WHERE a."target" = ? ORDER BY a."at", a."action"`,
        )
        .all(target) as { action: string; actor: string }[],
  );
const conversationRow = (id: string) =>
  withE2eDb(
    (db) =>
      db
        .prepare('SELECT "status", "answerUnread", "waitingSince" FROM "ContactRequest" WHERE "id" = ?')
        .get(id) as {
        status: string;
        answerUnread: number;
        waitingSince: string | null;
      },
  );
const storedMessages = (id: string) =>
  withE2eDb(
    (db) =>
      db
        .prepare(
          'SELECT "author", "label", "bodyCipher" FROM "ContactRequest" r JOIN "ConversationMessage" m ON m."requestId" = r."id" WHERE r."id" = ? ORDER BY m."seq"',
        )
        .all(id) as { author: string; label: string; bodyCipher: string }[],
  );
const inboxIds = (page: Page) =>
  page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-request-id')));

test('the inbox filters "waiting for us" and sorts by how long someone has waited', async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  await page.goto('/nl/staff/inbox');
  await page.getByLabel('Status').selectOption('waiting');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/status=waiting/);
  // Waiting 30 hours before waiting 5 hours (although that conversation started earlier); the answered one and the
  // other team's are not listed.
  expect(await inboxIds(page)).toEqual([waitingLong.id, waitingShort.id]);
  await expect(page.locator(`tr[data-request-id="${waitingLong.id}"]`)).toContainText('Wacht te lang');
  await expect(page.locator(`tr[data-request-id="${waitingShort.id}"]`)).toContainText(
    'Gesprek op de website',
  );
  expect(await page.content()).not.toContain(waitingLong.messages[0]!);

  await page.getByLabel('Status').selectOption('all');
  await page.getByLabel('Volgorde').selectOption('newest');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('table')).toContainText('nieuwste eerst');
  expect(await inboxIds(page)).toEqual([deleted.id, waitingLong.id, waitingShort.id, answered.id]);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('a case worker adds a saved answer for a team on the templates page', async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  await page.getByRole('navigation').getByRole('link', { name: 'Antwoorden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opgeslagen antwoorden');
  const form = page.locator('#template-new');
  await form.getByLabel('Team').selectOption({ label: TEAM_YOUTH });
  await form.getByLabel('Taal').selectOption('nl');
  await form.getByLabel('Titel').fill(TEMPLATE.title);
  await form.getByLabel('Tekst').fill('Kijk op https://tracker.example/x');
  await form.getByRole('button', { name: 'Antwoord toevoegen' }).click();
  await expect(form.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Haal de link naar een andere website weg',
  );
  await form.getByLabel('Tekst').fill(TEMPLATE.body);
  await form.getByRole('button', { name: 'Antwoord toevoegen' }).click();
  await expect(form.getByRole('status')).toHaveText('Het antwoord is toegevoegd.');
  await expect(page.getByRole('heading', { name: `${TEMPLATE.title} (NL)` })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('a case worker opens a conversation, inserts a saved answer, replies, and the status follows', async ({
  page,
}) => {
  await signIn(page, STAFF.caseworker);
  await page.goto(`/nl/staff/inbox/${waitingLong.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Gesprek ${waitingLong.reference}`);
  await expect(page.getByTestId('conversation-messages')).toContainText(waitingLong.messages[0]!);
  expect(audit(waitingLong.id)).toEqual([{ action: 'request.open', actor: STAFF.caseworker }]);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);

  const box = page.getByLabel('Je antwoord');
  await box.fill('Hoi,');
  await page.getByLabel('Opgeslagen antwoord').selectOption({ label: `${TEMPLATE.title} (NL)` });
  await page.getByRole('button', { name: 'Invoegen' }).click();
  await expect(box).toHaveValue(`Hoi,\n\n${TEMPLATE.body}`);

  // A link to another site is refused with a clear message, and the text stays.
  await box.fill(`Hoi, kijk op www.example.com. ${TEMPLATE.body}`);
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Haal de link naar een andere website weg',
  );
  await expect(box).toHaveValue(`Hoi, kijk op www.example.com. ${TEMPLATE.body}`);
  expect(storedMessages(waitingLong.id)).toHaveLength(1);

  await box.fill(`Hoi,\n\n${TEMPLATE.body}`);
  await page.getByLabel(`De naam van het team: ${TEAM_YOUTH}`).check();
  await page.getByLabel('Wacht op de persoon: ik verwacht nog een reactie').check();
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('status')).toHaveText('Je antwoord is verstuurd.');
  await expect(box).toHaveValue('');
  const thread = page.getByTestId('conversation-messages').getByRole('listitem');
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(1)).toContainText(TEMPLATE.body);
  await expect(thread.nth(1)).toContainText(`als "${TEAM_YOUTH}" (geschreven door Demo hulpverlener)`);
  await expect(page.getByText('Wacht op de persoon', { exact: true })).toBeVisible();
  await expect(page.getByTestId('answer-read-state')).toHaveText(
    'De persoon heeft het laatste antwoord nog niet gelezen.',
  );

  expect(conversationRow(waitingLong.id)).toMatchObject({
    status: 'waiting_for_person',
    answerUnread: 1,
    waitingSince: null,
  });
  const stored = storedMessages(waitingLong.id);
  expect(stored.map((row) => [row.author, row.label])).toEqual([
    ['person', ''],
    ['team', TEAM_YOUTH],
  ]);
  // Encrypted at rest, like the person's messages.
  expect(JSON.stringify(stored)).not.toContain('werkdagen');
  expect(audit(waitingLong.id).map((entry) => entry.action)).toContain('conversation.reply');
});

test('without JavaScript the saved answer is inserted and the reply sent by plain form posts', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, STAFF.caseworker);
  await page.goto(`/nl/staff/inbox/${waitingShort.id}`);
  await expect(page.getByTestId('conversation-messages').getByRole('listitem')).toHaveCount(3);
  await page.getByLabel('Opgeslagen antwoord').selectOption({ label: `${TEMPLATE.title} (NL)` });
  await page.getByRole('button', { name: 'Invoegen' }).click();
  await expect(page.getByLabel('Je antwoord')).toHaveValue(TEMPLATE.body);
  await page.getByLabel('Beantwoord: er hoeft niets meer terug te komen').check();
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('status')).toHaveText('Je antwoord is verstuurd.');
  expect(conversationRow(waitingShort.id).status).toBe('answered');
  await context.close();
});

test('a conversation deleted by the person shows only that; English works too', async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  await page.goto(`/nl/staff/inbox/${deleted.id}`);
  await expect(page.getByTestId('conversation-deleted')).toContainText('Verwijderd door de persoon');
  await expect(page.getByLabel('Je antwoord')).toHaveCount(0);
  await expect(page.getByLabel('Nieuwe notitie')).toHaveCount(0);

  await page.goto(`/en/staff/inbox/${answered.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Conversation ${answered.reference}`);
  await expect(page.getByLabel('Your answer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
});

test('a case worker of another team cannot open the conversation or answer it with a forged form', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, OTHER_CASEWORKER);
  const response = await page.goto(`/nl/staff/inbox/${answered.id}`);
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(answered.messages[0]!);
  expect(audit(answered.id).filter((entry) => entry.actor === OTHER_CASEWORKER)).toEqual([]);

  // Their own team's conversation, with the form pointed at the other team's.
  await page.goto(`/nl/staff/inbox/${money.id}`);
  await page.locator('#reply input[name="id"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = id;
  }, answered.id);
  await page.getByLabel('Je antwoord').fill('Mag niet');
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Deze aanvraag bestaat niet of is niet van jouw team',
  );
  expect(storedMessages(answered.id)).toHaveLength(2);
  expect(audit(answered.id).filter((entry) => entry.actor === OTHER_CASEWORKER)).toEqual([]);
  await context.close();
});

test('the audit log lists the opening and the reply to admins', async ({ page }) => {
  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/audit');
  const rows = page.locator('tr', { hasText: waitingLong.id });
  await expect(rows.filter({ hasText: 'request.open' }).first()).toContainText('Demo hulpverlener');
  await expect(rows.filter({ hasText: 'conversation.reply' }).first()).toContainText('Demo hulpverlener');
  expect(await page.content()).not.toContain(TEMPLATE.body);
});
