import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { expect, type Page, test } from '@playwright/test';
import { amsterdamDay } from '@/lib/counting/time';
import { expectCounterToReach, withE2eDb } from '../support/e2e-db';
import { E2E_DATABASE_FILE } from '../support/e2e-env';
import { signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A Wednesday at 12:00 in Amsterdam: the WhatsApp line (daily 10:00-22:00 in the demo) is open.
const WEDNESDAY_NOON = '2026-12-02T11:00:00Z';

async function expectNoAxeViolations(page: Page, url: string) {
  await page.goto(url);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations, url).toEqual([]);
}

/** The form's error summary (Next.js has a route announcer with role alert of its own). */
const errorSummary = (page: Page) => page.getByRole('alert', { name: 'Er is een probleem' });

/**
 * Visitor pages read helplines from a cache that the save invalidates: the next request starts a refresh and is
 * served the previous list meanwhile, so the change shows from the request after that (well within a minute).
 */
async function expectVisitorToShow(visitor: Page, selector: string) {
  await expect(async () => {
    await visitor.reload();
    await expect(visitor.locator(selector)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

function auditActions(): string[] {
  return withE2eDb((db) =>
    (db.prepare('SELECT "action" FROM "AuditEntry"').all() as { action: string }[]).map((row) => row.action),
  );
}

test('an admin creates a wave, a visitor opens its link, and the visit shows in the dashboard', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/waves/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe sms-ronde');
  const code = await page.getByLabel('Code in de link').inputValue();
  expect(code).toMatch(/^[a-z]+-[a-z2-9]{6}$/);

  // GOV.UK pattern: the error summary takes focus and links to the field.
  await page.getByLabel('Aantal ontvangers').fill('veel');
  await page.getByRole('button', { name: 'Sms-ronde maken' }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vul een naam in.' })).toHaveAttribute(
    'href',
    '#wave-form-name',
  );
  await expect(page.getByLabel('Naam')).toHaveAttribute('aria-describedby', /wave-form-name-error/);

  await page.getByLabel('Naam').fill('E2E ronde');
  await page.getByLabel('Aantal ontvangers').fill('50');
  await page.getByRole('button', { name: 'Sms-ronde maken' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/waves\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByTestId('sms-preview')).toContainText(`/w/${code}`);
  await expect(page.getByTestId('sms-segments')).toContainText('GSM-7');
  expect(auditActions()).toContain('wave.create');

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(`/w/${code}`))?.status()).toBe(200);
  await visitorContext.close();
  const day = amsterdamDay(new Date());
  expect(await expectCounterToReach({ day, metric: 'visit', wave: code, via: 'wave' }, 1)).toBe(1);

  await page.goto(`/nl/staff/dashboard?preset=wave&wave=${code}`);
  await expect(page.getByTestId('headline-visits-value')).toHaveText('1');
  const row = page.locator(`[data-testid="wave-table"] tr[data-wave="${code}"]`);
  await expect(row.locator('td').nth(1)).toHaveText('50');
  await expect(row.locator('td').nth(2)).toHaveText('1');

  // The SMS text is what visitors see on "Is this SMS real?".
  await page.goto(`/nl/is-deze-sms-echt?w=${code}`);
  await expect(page.locator('blockquote')).toContainText(`/w/${code}`);
});

test('changing a helpline’s hours changes the visitor page; an invalid edit is refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const visitorContext = await browser.newContext({ extraHTTPHeaders: { 'x-test-now': WEDNESDAY_NOON } });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/nl');
  await expect(visitor.locator('a[data-channel="uitweg-whatsapp"]')).toBeVisible();

  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/helplines/uitweg-whatsapp');
  const weekly = page.getByLabel('Openingstijden per week');
  const original = await weekly.inputValue();
  expect(original).toContain('wo 10:00-22:00');

  await weekly.fill('ma 17:00-09:00');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(errorSummary(page)).toContainText('Een regel met openingstijden klopt niet');
  await visitor.reload();
  await expect(visitor.locator('a[data-channel="uitweg-whatsapp"]')).toBeVisible();

  await weekly.fill('zo 06:00-07:00');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectVisitorToShow(visitor, '[data-closed-channel="uitweg-whatsapp"]');
  await expect(visitor.locator('a[data-channel="uitweg-whatsapp"]')).toHaveCount(0);

  // The preview at a chosen moment shows the same.
  await page.goto('/nl/staff/helplines?audience=recipient&at=2026-12-02T12:00');
  await expect(
    page.getByTestId('helpline-preview').locator('[data-closed-channel="uitweg-whatsapp"]'),
  ).toBeVisible();
  await page.goto('/nl/staff/helplines?audience=recipient&at=2026-12-06T06:30');
  await expect(
    page.getByTestId('helpline-preview').locator('a[data-channel="uitweg-whatsapp"]'),
  ).toBeVisible();
  expect(auditActions()).toContain('helpline.update');

  // Put the demo hours back for the other tests.
  await page.goto('/nl/staff/helplines/uitweg-whatsapp');
  await page.getByLabel('Openingstijden per week').fill(original);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectVisitorToShow(visitor, 'a[data-channel="uitweg-whatsapp"]');
  await visitorContext.close();
});

test('privacy mode shows small counts as "< 5" on screen, and only an admin can switch it', async ({
  page,
}) => {
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  db.prepare(
    `INSERT OR REPLACE INTO "DailyCounter" ("day","wave","metric","page","locale","device","channel","audience","topic","via","count")
     VALUES ('2020-01-01','','request','','','','','parent','money','',3)`,
  ).run();
  db.close();
  const url = '/nl/staff/dashboard?preset=custom&from=2020-01-01&to=2020-01-01';

  await signIn(page, STAFF.admin);
  await page.goto(url);
  await expect(page.getByTestId('headline-requests-value')).toHaveText('3');
  await page.getByRole('button', { name: 'Zet de privacystand aan' }).click();
  await expect(page.getByTestId('privacy-state')).toHaveText('De privacystand staat aan.');
  await page.goto(url);
  await expect(page.getByTestId('headline-requests-value')).toHaveText('< 5');
  expect(auditActions()).toContain('settings.privacy_mode');

  await page.getByRole('button', { name: 'Zet de privacystand uit' }).click();
  await expect(page.getByTestId('privacy-state')).toHaveText('De privacystand staat uit.');
  await page.goto(url);
  await expect(page.getByTestId('headline-requests-value')).toHaveText('3');
});

test('the management pages have no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, STAFF.admin);
  const waveId = withE2eDb(
    (db) => (db.prepare(`SELECT "id" FROM "Wave" WHERE "code" = 'utr-x7k2'`).get() as { id: string }).id,
  );
  for (const url of [
    '/nl/staff/dashboard',
    '/nl/staff/waves',
    '/nl/staff/waves/new',
    `/nl/staff/waves/${waveId}`,
    '/nl/staff/helplines',
    '/nl/staff/helplines/uitweg-line',
    '/nl/staff/teams',
    '/nl/staff/teams/team-youth',
    '/en/staff/teams',
  ]) {
    await expectNoAxeViolations(page, url);
  }
});

test('teams and routing rules: add a rule, refuse deleting the last catch-all', async ({ page }) => {
  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/teams');
  const rules = page.getByTestId('routing-rules').locator('tbody tr');
  const before = await rules.count();
  await page.locator('#rule-new').getByLabel('Groep').selectOption('parent');
  await page.locator('#rule-new').getByLabel('Onderwerp').selectOption('money');
  await page.locator('#rule-new').getByLabel('Naar team').selectOption({ label: 'Schuldhulpverlening' });
  await page.locator('#rule-new').getByLabel('Volgorde').fill('5');
  await page.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(rules).toHaveCount(before + 1);
  await expect(rules.first()).toContainText('Schuldhulpverlening');
  await page.getByRole('button', { name: 'Verwijder regel 100 (Jongerenwerk en werk & inkomen)' }).click();
  await expect(errorSummary(page)).toContainText('laatste regel voor alle verzoeken');
  await page.getByRole('button', { name: 'Verwijder regel 5 (Schuldhulpverlening)' }).click();
  await expect(rules).toHaveCount(before);
  expect(auditActions()).toEqual(expect.arrayContaining(['routing_rule.create', 'routing_rule.delete']));
});

test('a wave in Arabic opens its link in Arabic, right to left; the admin sets the languages a line answers in', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/waves/new');
  const code = await page.getByLabel('Code in de link').inputValue();
  // Every language the installation offers, named in the staff member's language.
  await expect(page.getByLabel('Taal van de sms').locator('option')).toHaveText([
    'Nederlands',
    'Engels',
    'Pools',
    'Turks',
    'Arabisch',
  ]);
  await page.getByLabel('Naam').fill('E2E ronde Arabisch');
  await page.getByLabel('Aantal ontvangers').fill('20');
  await page.getByLabel('Taal van de sms').selectOption('ar');
  await page.getByRole('button', { name: 'Sms-ronde maken' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/waves\/[0-9a-f-]{36}\?saved=1$/);

  // At a moment the line is staffed: out of hours it is listed as closed, without a link to find it by.
  const visitorContext = await browser.newContext({ extraHTTPHeaders: { 'x-test-now': WEDNESDAY_NOON } });
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(`/w/${code}`))?.status()).toBe(200);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');

  // The main line answers in Dutch and English only (the demo): the Arabic page says so. Add Arabic, and it does not.
  const lineNote = visitor.locator('li:has(a[data-channel="uitweg-line"]) [data-testid="language-note"]');
  await visitor.goto('/ar');
  await expect(lineNote).toHaveCount(1);
  await page.goto('/nl/staff/helplines/uitweg-line');
  await page.getByRole('group', { name: 'Talen waarin deze lijn antwoordt' }).getByLabel('Arabisch').check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByText('Opgeslagen. Bezoekers zien de wijziging')).toBeVisible();
  await visitor.goto('/ar');
  await expect(lineNote).toHaveCount(0);
  // Put back for the other tests.
  await page
    .getByRole('group', { name: 'Talen waarin deze lijn antwoordt' })
    .getByLabel('Arabisch')
    .uncheck();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Talen waarin deze lijn antwoordt' }).getByLabel('Arabisch'),
  ).not.toBeChecked();
  await visitorContext.close();
});
