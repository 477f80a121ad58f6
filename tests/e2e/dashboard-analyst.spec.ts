import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addDays } from '@/lib/analytics/days';
import { amsterdamDay } from '@/lib/counting/time';
import { counterSum, expectCounterToReach, withE2eDb } from '../support/e2e-db';
import { signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeEach(async ({ page }) => {
  await signIn(page, STAFF.analyst);
});

test('the demo data shows headline figures, a per-wave funnel and charts with data tables', async ({
  page,
}) => {
  const response = await page.goto('/nl/staff/dashboard');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkt de sms?');

  for (const key of ['visits', 'uniques', 'taps', 'requests', 'answered', 'quickExits']) {
    await expect(page.getByTestId(`headline-${key}-value`)).toHaveText(/^[\d.,]+$|^< 5$/);
  }
  expect(
    Number((await page.getByTestId('headline-visits-value').textContent())?.replace(/\./g, '')),
  ).toBeGreaterThan(100);
  await expect(page.getByTestId('headline-uniques')).toContainText('Optelsom van unieke bezoekers per dag');

  const funnel = page.getByTestId('overall-funnel').getByRole('listitem');
  await expect(funnel).toHaveCount(5);
  await expect(funnel.nth(1)).toContainText('% van stap ervoor');
  for (const code of ['utr-x7k2', 'utr-m4p9', 'utr-q8r3']) {
    await expect(page.locator(`[data-testid="wave-table"] tr[data-wave="${code}"]`)).toBeVisible();
  }

  const charts = page.locator('figure:has(svg[role="img"])');
  expect(await charts.count()).toBeGreaterThanOrEqual(6);
  for (const chart of await charts.all()) {
    await expect(chart.locator('details table')).toHaveCount(1);
  }
  const series = page.locator('figure', { has: page.locator('#chart-series-title') });
  await series.getByText('Toon als tabel').click();
  await expect(series.locator('table tbody tr')).toHaveCount(30);

  // Only aggregate pages: no management links for an analyst.
  await expect(page.getByRole('button', { name: /privacystand/ })).toHaveCount(0);
  expect((await page.goto('/nl/staff/waves'))?.status()).toBe(403);
});

test('the dashboard pages have no axe violations', async ({ page }) => {
  test.setTimeout(90_000);
  for (const url of [
    '/nl/staff/dashboard',
    '/en/staff/dashboard?preset=7d&wave=utr-q8r3',
    '/nl/staff/dashboard?preset=wave&wave=utr-m4p9',
    '/nl/staff/dashboard/report',
  ]) {
    await page.goto(url);
    // With every table alternative open, so they are checked too.
    await page
      .locator('details')
      .evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
    const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
    expect(results.violations, url).toEqual([]);
  }
});

test('the CSV export totals equal the sums of the database rows, with small counts as "< 5"', async ({
  page,
  request,
}) => {
  const today = amsterdamDay(new Date());
  const from = addDays(today, -29);
  const response = await page.request.get('/nl/staff/dashboard/export?preset=30d&breakdown=detail');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="uitweg-${from}-${today}-detail.csv"`,
  );
  const lines = (await response.text()).trim().split('\r\n');
  expect(lines[0]).toBe('day,wave,arm,metric,page,locale,device,channel,audience,topic,via,count');
  const totals = lines.filter((line) => line.startsWith('total,')).map((line) => line.split(','));
  expect(totals.length).toBeGreaterThan(10);

  const sums = withE2eDb(
    (db) =>
      db
        .prepare(
          `SELECT "metric", "wave", "via", SUM("count") AS total, MAX("count") AS top FROM "DailyCounter"
         WHERE "day" >= ? AND "day" <= ? AND "metric" <> 'bot' GROUP BY "metric", "wave", "via"`,
        )
        .all(from, today) as { metric: string; wave: string; via: string; total: number; top: number }[],
  );
  expect(totals).toHaveLength(sums.length);
  for (const sum of sums) {
    const row = totals.find(
      (fields) => fields[3] === sum.metric && fields[1] === sum.wave && fields[10] === sum.via,
    );
    const exact = sum.total >= 1 && sum.total <= 4 ? '< 5' : String(sum.total);
    // A total reads "x" only where no row could be hidden in its place: hiding a row of 6 or more would do.
    const expected = row?.[11] === 'x' && sum.top < 6 ? 'x' : exact;
    expect(row?.[11], `${sum.metric}/${sum.wave}/${sum.via}`).toBe(expected);
  }
  const dataRows = lines.slice(1).filter((line) => !line.startsWith('total,'));
  expect(dataRows.some((line) => line.endsWith(',< 5'))).toBe(true);
  expect(dataRows.some((line) => /,[1-4]$/.test(line))).toBe(false);

  // The default is per day and wave; an unknown breakdown is refused in plain words, not a server error.
  const byDayAndWave = await page.request.get('/nl/staff/dashboard/export?preset=30d');
  expect((await byDayAndWave.text()).split('\r\n')[0]).toBe('day,wave,metric,via,count');
  const refused = await page.request.get('/nl/staff/dashboard/export?preset=30d&breakdown=everything');
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('Unknown breakdown');

  // Without a session: 401 (the request fixture carries no cookie).
  expect((await request.get('/nl/staff/dashboard/export')).status()).toBe(401);
});

test('the analyst chooses the breakdown without JavaScript and reads what is hidden; the report follows', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, STAFF.analyst);
  await page.goto('/nl/staff/dashboard?preset=30d');
  const form = page.getByRole('region', { name: 'De cijfers downloaden' });
  await expect(form.getByRole('radio', { name: /Per dag en sms-golf/ })).toBeChecked();
  // Worked out when asked: the usual view only says how to ask.
  await expect(page.getByTestId('suppression-note')).toHaveCount(0);
  await expect(page.getByTestId('suppression-ask')).toContainText('Laat zien wat verborgen is');
  await form.getByRole('button', { name: 'Laat zien wat verborgen is' }).click();
  await expect(page).toHaveURL(/breakdown=day-wave/);
  await expect(page.getByTestId('suppression-note')).toContainText('Totalen kloppen precies');
  await form.getByRole('radio', { name: 'Per taal' }).check();
  await form.getByRole('button', { name: 'Laat zien wat verborgen is' }).click();
  await expect(page).toHaveURL(/breakdown=locale/);
  await expect(page.getByTestId('suppression-note')).toHaveText(
    /^Per taal\. Op \d+ van de \d+ regels staat "< 5"/,
  );
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'De cijfers downloaden' })
    .getByRole('button', { name: 'Downloaden als CSV' })
    .click();
  expect((await download).suggestedFilename()).toMatch(/-locale\.csv$/);

  // Another period keeps the breakdown asked about, and works out what it hides for that period.
  await page.getByRole('radio', { name: 'Laatste 7 dagen' }).check();
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await expect(page).toHaveURL(/preset=7d/);
  await expect(page).toHaveURL(/breakdown=locale/);
  await expect(form.getByRole('radio', { name: 'Per taal' })).toBeChecked();
  await expect(page.getByTestId('suppression-note')).toContainText('Per taal');

  await page.getByRole('link', { name: /Maandrapport/ }).click();
  await expect(page).toHaveURL(/breakdown=locale/);
  await expect(page.getByTestId('report-breakdown')).toContainText('Taal');
  await expect(page.getByTestId('suppression-note')).toContainText('Per taal');
  await context.close();
});

test('visits in Polish, Turkish and Arabic are counted for their language and named in "visits per language"', async ({
  page,
  browser,
}) => {
  const day = amsterdamDay(new Date());
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  const counted = {
    pl: '/pl/pomoc/uzaleznienie',
    tr: '/tr/yardim/bagimlilik',
    ar: '/ar/help/addiction',
  } as const;
  const before = Object.fromEntries(
    Object.keys(counted).map((locale) => [
      locale,
      counterSum({ day, metric: 'visit', locale, page: 'topic' }),
    ]),
  );
  for (const path of Object.values(counted)) expect((await visitorPage.goto(path))?.status()).toBe(200);
  await visitor.close();
  for (const locale of Object.keys(counted)) {
    const key = { day, metric: 'visit', locale, page: 'topic' };
    expect(await expectCounterToReach(key, before[locale]! + 1)).toBe(before[locale]! + 1);
  }

  await page.goto('/nl/staff/dashboard?preset=7d');
  const chart = page.getByRole('figure', { name: 'Bezoeken per taal' });
  for (const name of ['Pools', 'Turks', 'Arabisch']) await expect(chart).toContainText(name);
});
