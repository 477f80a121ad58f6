import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { amsterdamDay } from '@/lib/counting/time';
import { expectCounterToReach, withE2eDb } from '../support/e2e-db';
import { signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const saved = (page: Page, form: string) => expect(page.locator(`#${form} [role="status"]`)).toBeVisible();

function auditActions(): string[] {
  return withE2eDb((db) =>
    (db.prepare('SELECT "action" FROM "AuditEntry"').all() as { action: string }[]).map((row) => row.action),
  );
}

async function addArm(page: Page, fields: { label: string; sms: string; introNl?: string; order?: string }) {
  const form = page.locator('#arm-add');
  const code = await form.getByLabel('Code in de link van deze arm').inputValue();
  await form.getByLabel('Naam van de arm').fill(fields.label);
  await form.getByLabel('Tekst van de sms van deze arm').fill(fields.sms);
  if (fields.introNl) await form.getByLabel('Eerste alinea in het Nederlands').fill(fields.introNl);
  if (fields.order) await form.getByLabel('Volgorde van de manieren').selectOption(fields.order);
  await form.getByRole('button', { name: 'Arm toevoegen' }).click();
  await expect(page.getByTestId('arm-link').filter({ hasText: code })).toBeVisible();
  return code;
}

test('an admin sets up a wave experiment, and a visit through an arm link shows that arm and counts for it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, STAFF.admin);
  await page.goto('/nl/staff/waves/new');
  const waveCode = await page.getByLabel('Code in de link').inputValue();
  await page.getByLabel('Naam').fill('E2E proef');
  await page.getByLabel('Aantal ontvangers').fill('300');
  await page.getByRole('button', { name: 'Sms-ronde maken' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/waves\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByTestId('wave-arms')).toContainText('Deze ronde heeft geen armen');

  const callFirst = await addArm(page, { label: 'bel eerst', sms: 'Politie: hulp via {link}' });
  expect(callFirst.startsWith(`${waveCode}-`)).toBe(true);

  // The plain-language figures follow the introduction as it is typed.
  const intro = page.locator('#arm-add').getByLabel('Eerste alinea in het Nederlands');
  await intro.fill('Schrijf ons gerust. Je hoeft niet te bellen.');
  await expect(page.getByTestId('arm-add-introNl-plain')).toContainText('8 woorden in 2 zinnen');
  await expect(page.getByTestId('arm-add-introNl-plain')).toContainText('Past bij taalniveau B1');
  const writeFirst = await addArm(page, {
    label: 'schrijf eerst',
    sms: 'Politie: schrijf ons anoniem via {link}',
    introNl: 'Schrijf ons gerust. Je hoeft niet te bellen.',
    order: 'write-first',
  });
  await expect(page.getByTestId('wave-arm')).toHaveCount(2);
  await expect(page.getByTestId('wave-arm').nth(1).getByTestId('sms-segments')).toContainText('GSM-7');

  // Marking sent needs a plan first; the plan shows its power calculation and warns that 150 per arm is too few.
  await page.locator('#wave-mark-sent').getByRole('button', { name: 'Markeer als verstuurd' }).click();
  await expect(page.locator('#wave-mark-sent')).toContainText('Sla eerst het plan op');
  const plan = page.locator('#wave-plan-form');
  await plan.getByLabel('Wat meet je vooral?').selectOption('reachedOut');
  await plan.getByLabel('Verwacht percentage').fill('40');
  await plan.getByLabel('Kleinste verschil').fill('200');
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(plan.getByRole('alert', { name: 'Er is een probleem' })).toBeFocused();
  await plan.getByLabel('Kleinste verschil').fill('10');
  await plan.getByRole('button', { name: 'Plan opslaan' }).click();
  await expect(page.getByTestId('plan-needed')).toContainText('388 ontvangers per arm');
  await expect(page.getByTestId('plan-too-small')).toContainText('150 ontvangers');
  await expect(page.getByTestId('plan-too-small')).toContainText('rondes');

  const exported = await page.request.get(page.url().replace(/\?.*$/, '') + '/export');
  expect(exported.status()).toBe(200);
  const exportText = await exported.text();
  expect(exportText).toContain(`/w/${callFirst}`);
  expect(exportText).toContain(`Politie: schrijf ons anoniem via`);
  expect(exportText).toContain('willekeurig');

  await page.locator('#wave-mark-sent').getByRole('button', { name: 'Markeer als verstuurd' }).click();
  await expect(page.getByTestId('wave-locked')).toBeVisible();
  await expect(page.locator('#arm-add')).toHaveCount(0);
  await expect(page.locator('#wave-plan-form')).toHaveCount(0);
  const sent = page.locator('#arm-sent-1');
  await sent.getByLabel('Verstuurd voor "schrijf eerst"').fill('148');
  await sent.getByRole('button', { name: 'Aantal opslaan' }).click();
  await saved(page, 'arm-sent-1');
  expect(auditActions()).toEqual(
    expect.arrayContaining(['wave.arm_add', 'wave.plan', 'wave.mark_sent', 'wave.arm_sent']),
  );

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(`/w/${writeFirst}`))?.status()).toBe(200);
  await expect(visitor.getByTestId('landing-intro')).toHaveText(
    'Schrijf ons gerust. Je hoeft niet te bellen.',
  );
  const order = await visitor
    .locator('[data-testid="conversation-channel"], a[data-channel]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? 'channel'));
  expect(order[0]).toBe('conversation-channel');
  // The arm's code travels in the page's links, never in a cookie.
  await expect(visitor.getByTestId('conversation-channel').locator('a')).toHaveAttribute(
    'href',
    new RegExp(`w=${writeFirst}`),
  );
  expect(await visitorContext.cookies()).toEqual([]);
  expect((await visitor.goto(`/w/${callFirst}`))?.status()).toBe(200);
  await expect(visitor.getByTestId('landing-intro')).toContainText('De politie vond je nummer');
  await visitorContext.close();

  const day = amsterdamDay(new Date());
  expect(await expectCounterToReach({ day, metric: 'visit', wave: waveCode, arm: writeFirst }, 1)).toBe(1);
  expect(await expectCounterToReach({ day, metric: 'visit', wave: waveCode, arm: callFirst }, 1)).toBe(1);
});

test('an analyst reads the demo experiments: the funnel per arm, a verdict only where final, and pooling', async ({
  page,
}) => {
  await signIn(page, STAFF.analyst);
  await page.goto('/nl/staff/experiments');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proeven');
  const axe = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(axe.violations).toEqual([]);

  await page.getByRole('link', { name: 'Utrecht Noord, proef bel of schrijf' }).click();
  const funnel = page.getByTestId('arm-funnel');
  const writeRow = funnel.locator('tr[data-arm="utr-n5w8-s7q2"]');
  await expect(writeRow.locator('[data-step="sent"]')).toHaveText('700');
  await expect(writeRow.locator('[data-step="reachedOut"] [data-testid="count"]')).toHaveText('105');
  await expect(writeRow.locator('[data-step="reachedOut"]')).toContainText('15,0 %');
  await expect(page.getByTestId('verdict-status')).toHaveText(
    'schrijf eerst bereikte meer mensen dan bel eerst.',
  );
  await expect(page.getByTestId('verdict-rule')).toContainText('geplande grootte');
  await expect(page.getByTestId('verdict-difference')).toContainText('+7,0 procentpunten');
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);

  await page.goto('/nl/staff/experiments');
  await page.getByRole('link', { name: 'Utrecht Zuid, proef bel of schrijf' }).click();
  await expect(page.getByTestId('verdict-status')).toHaveText('Nog geen uitslag.');
  await expect(page.getByTestId('verdict-difference')).toHaveCount(0);

  await page.goto('/nl/staff/experiments');
  await page.getByLabel('Arm', { exact: true }).selectOption('schrijf eerst');
  await page.getByLabel('Vergeleken met').selectOption('bel eerst');
  await page.getByLabel('Wat vergelijk je?').selectOption('reachedOut');
  await page.getByRole('button', { name: 'Vergelijk' }).click();
  await expect(page).toHaveURL(/a=schrijf\+eerst&b=bel\+eerst&measure=reachedOut/);
  await expect(page.getByTestId('pooled-result')).toContainText('2 rondes');
  await expect(page.getByTestId('pooled-difference')).toContainText('procentpunten');

  // A case worker has no business here.
  await page.context().clearCookies();
  await signIn(page, STAFF.caseworker);
  const refused = await page.goto('/nl/staff/experiments');
  expect(refused?.status()).toBe(403);
});
