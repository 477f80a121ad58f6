import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { withE2eDb } from '../support/e2e-db';
import { clearRequests, type SeededRequest, seedRequests, signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let youthOld: SeededRequest;
let youthNew: SeededRequest;
let addiction: SeededRequest;
let money: SeededRequest;

test.beforeAll(() => {
  clearRequests();
  [youthOld, youthNew, addiction, money] = seedRequests([
    { teamId: 'team-youth', hoursAgo: 30 },
    { teamId: 'team-youth', hoursAgo: 1 },
    { teamId: 'team-addiction', hoursAgo: 2, topic: 'addiction' },
    { teamId: 'team-money', hoursAgo: 3, topic: 'money' },
  ]) as [SeededRequest, SeededRequest, SeededRequest, SeededRequest];
});

const auditCount = (target: string, action = 'request.open') =>
  withE2eDb(
    (db) =>
      (
        db
          .prepare('SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "target" = ? AND "action" = ?')
          .get(target, action) as {
          n: number;
        }
      ).n,
  );
const requestRow = (id: string) =>
  withE2eDb(
    (db) =>
      db
        .prepare('SELECT "status", "teamId", "assigneeId", "closedAt" FROM "ContactRequest" WHERE "id" = ?')
        .get(id) as {
        status: string;
        teamId: string;
        assigneeId: string | null;
        closedAt: string | null;
      },
  );

test('the home page counts new requests per team and marks long waits', async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  const youth = page.locator('[data-team-id="team-youth"]');
  await expect(youth).toContainText('2 nieuwe aanvragen');
  await expect(youth).toContainText('1 wacht langer dan 24 uur');
  await expect(page.locator('[data-team-id="team-addiction"]')).toContainText('1 nieuwe aanvraag');
  await expect(page.locator('[data-team-id="team-money"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test("the inbox lists my teams' requests oldest first, never another team's", async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  const response = await page.goto('/nl/staff/inbox');
  expect(response?.headers()['cache-control']).toContain('no-store');
  const ids = await page
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-request-id')));
  expect(ids).toEqual([youthOld.id, addiction.id, youthNew.id]);
  await expect(page.locator(`tr[data-request-id="${youthOld.id}"]`)).toContainText('Wacht te lang');
  const html = await page.content();
  for (const seeded of [youthOld, youthNew, addiction, money]) expect(html).not.toContain(seeded.message);
  expect(html).not.toContain(money.id);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);

  await page.getByLabel('Onderwerp').selectOption('addiction');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
});

test("another team's request cannot be opened by guessing its id, and leaves no audit entry", async ({
  page,
}) => {
  await signIn(page, STAFF.caseworker);
  const response = await page.goto(`/nl/staff/inbox/${money.id}`);
  expect(response?.status()).toBe(404);
  expect(await page.content()).not.toContain(money.message);
  expect(auditCount(money.id)).toBe(0);
});

test('opening a request decrypts it and writes an audit entry; the actions change its status', async ({
  page,
}) => {
  await signIn(page, STAFF.caseworker);
  expect(auditCount(youthOld.id)).toBe(0);
  await page.goto(`/nl/staff/inbox/${youthOld.id}`);
  await expect(page.getByText(youthOld.message)).toBeVisible();
  await expect(page.getByText('Sms: +31612345678')).toBeVisible();
  expect(auditCount(youthOld.id)).toBeGreaterThanOrEqual(1);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);

  await page.getByRole('button', { name: 'Oppakken (aan mij toewijzen)' }).click();
  await expect(page.getByRole('status')).toContainText('De status is aangepast');
  expect(requestRow(youthOld.id)).toMatchObject({ status: 'picked_up' });
  expect(requestRow(youthOld.id).assigneeId).not.toBeNull();

  await page.getByLabel('Nieuwe notitie').fill('Teruggebeld, voicemail ingesproken.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByText('Teruggebeld, voicemail ingesproken.')).toBeVisible();
  const stored = withE2eDb((db) =>
    db.prepare('SELECT "bodyCipher" FROM "RequestNote" WHERE "requestId" = ?').all(youthOld.id),
  );
  expect(JSON.stringify(stored)).not.toContain('voicemail');

  await page.getByRole('button', { name: 'Markeren als beantwoord' }).click();
  await expect(page.getByRole('button', { name: 'Markeren als beantwoord' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('button', { name: 'Weer openen' })).toBeVisible();
  const closed = requestRow(youthOld.id);
  expect(closed.status).toBe('closed');
  expect(closed.closedAt).toMatch(/T\d\d:00:00/);
});

test("a forged form cannot act on another team's request", async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  await page.goto(`/nl/staff/inbox/${youthNew.id}`);
  // Point the forms at the other team's request, as someone editing the page would.
  await page.locator('input[name="id"]').evaluateAll((inputs, id) => {
    for (const input of inputs) (input as HTMLInputElement).value = id;
  }, money.id);
  await page.getByRole('button', { name: 'Oppakken (aan mij toewijzen)' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Deze aanvraag bestaat niet of is niet van jouw team',
  );
  await page.getByLabel('Nieuwe notitie').fill('Mag niet');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' }).first()).toContainText(
    'Deze aanvraag bestaat niet',
  );
  expect(requestRow(money.id)).toMatchObject({ status: 'new', teamId: 'team-money', assigneeId: null });
  expect(
    withE2eDb((db) =>
      db.prepare('SELECT COUNT(*) AS n FROM "RequestNote" WHERE "requestId" = ?').get(money.id),
    ),
  ).toEqual({ n: 0 });
});

test('reassigning hands the request to another team and out of my inbox', async ({ page }) => {
  await signIn(page, STAFF.caseworker);
  await page.goto(`/nl/staff/inbox/${addiction.id}`);
  await page.getByLabel('Team', { exact: true }).selectOption('team-money');
  await page.getByRole('button', { name: 'Naar dit team sturen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/inbox\?reassigned=1$/);
  await expect(page.locator(`tr[data-request-id="${addiction.id}"]`)).toHaveCount(0);
  expect(requestRow(addiction.id)).toMatchObject({ teamId: 'team-money', status: 'new' });
  expect((await page.goto(`/nl/staff/inbox/${addiction.id}`))?.status()).toBe(404);
});

test('the audit log shows openings to admins only', async ({ browser }) => {
  const caseworkerContext = await browser.newContext();
  const caseworker = await caseworkerContext.newPage();
  await signIn(caseworker, STAFF.caseworker);
  expect((await caseworker.goto('/nl/staff/audit'))?.status()).toBe(403);
  await caseworkerContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, STAFF.admin);
  await admin.goto('/nl/staff/audit');
  const row = admin.locator('tr', { hasText: youthOld.id }).filter({ hasText: 'request.open' }).first();
  await expect(row).toContainText('Demo hulpverlener');
  expect(await admin.content()).not.toContain(youthOld.message);
  await adminContext.close();
});
