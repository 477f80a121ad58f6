import { randomUUID } from 'node:crypto';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { amsterdamDay } from '@/lib/counting/time';
import { counterSum, expectCounterToReach, withE2eDb } from '../support/e2e-db';
import { OTHER_SENDER_URL } from '../support/e2e-env';

const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const WAVE = 'utr-q8r3';

test('three visits through a wave link from one browser count 3 visits and 1 unique visitor', async ({
  browser,
}) => {
  const day = amsterdamDay(new Date());
  const visits = { day, metric: 'visit', wave: WAVE, via: 'wave' };
  const uniques = { day, metric: 'unique', wave: WAVE, via: 'wave' };
  const [visitsBefore, uniquesBefore] = [counterSum(visits), counterSum(uniques)];

  // A user agent no other test uses, so this browser is a new visitor today.
  const context = await browser.newContext({ userAgent: `${PHONE_UA} e2e/${randomUUID()}` });
  const page = await context.newPage();
  for (let i = 0; i < 3; i += 1) {
    const response = await page.goto(`/w/${WAVE}`);
    expect(response?.status()).toBe(200);
  }
  // The wave is in English: the link shows the English landing page without a redirect.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Your number was found in a dealer's phone",
  );
  expect(page.url()).toMatch(new RegExp(`/w/${WAVE}$`));
  await context.close();

  expect(await expectCounterToReach(visits, visitsBefore + 3)).toBe(visitsBefore + 3);
  expect(counterSum(uniques)).toBe(uniquesBefore + 1);
  expect(counterSum({ ...visits, device: 'phone', locale: 'en', page: 'landing' })).toBeGreaterThanOrEqual(3);
});

test('link-preview bots are not counted as visits', async ({ browser }) => {
  const day = amsterdamDay(new Date());
  const visits = { day, metric: 'visit', wave: WAVE };
  const bots = { day, metric: 'bot', wave: WAVE };
  const [visitsBefore, botsBefore] = [counterSum(visits), counterSum(bots)];

  const context = await browser.newContext({ userAgent: 'WhatsApp/2.23.20.0 A', javaScriptEnabled: false });
  const page = await context.newPage();
  expect((await page.goto(`/w/${WAVE}`))?.status()).toBe(200);
  await context.close();

  expect(await expectCounterToReach(bots, botsBefore + 1)).toBe(botsBefore + 1);
  expect(counterSum(visits)).toBe(visitsBefore);
});

test('an unknown wave code shows the normal landing page', async ({ page }) => {
  const response = await page.goto('/w/bestaat-niet-123');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Je nummer is gevonden in de telefoon van een dealer',
  );
});

test('the event beacon accepts known events and refuses anything else', async ({ request }) => {
  const day = amsterdamDay(new Date());
  const taps = { day, metric: 'tap', channel: 'uitweg-line', wave: WAVE };
  const before = counterSum(taps);
  expect((await request.post(`/api/e?k=tap&c=uitweg-line&w=${WAVE}`)).status()).toBe(204);
  expect((await request.post('/api/e?k=tap&c=not-a-channel')).status()).toBe(400);
  expect((await request.post('/api/e?k=drop-table')).status()).toBe(400);
  expect((await request.post('/api/e')).status()).toBe(400);
  expect(await expectCounterToReach(taps, before + 1)).toBe(before + 1);
});

test('one address sending more than 60 events a minute gets 429, and what is refused is not counted', async () => {
  const day = amsterdamDay(new Date());
  const exits = { day, metric: 'quick_exit', wave: '' };
  const before = counterSum(exits);
  // An address of its own, so no other test's taps share its allowance.
  const client = await playwrightRequest.newContext({ baseURL: OTHER_SENDER_URL });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i += 1) statuses.push((await client.post('/api/e?k=quick_exit')).status());
    expect(statuses.every((status) => status === 204)).toBe(true);
    const refused = await client.post('/api/e?k=quick_exit');
    expect(refused.status()).toBe(429);
    expect(refused.headers()['retry-after']).toBe('60');
    expect((await client.post('/api/e?k=drop-table')).status()).toBe(429);
  } finally {
    await client.dispose();
  }
  expect(await expectCounterToReach(exits, before + 60)).toBe(before + 60);
});

test('after a scripted session the database holds no address, user agent or fine timestamp', async ({
  page,
}) => {
  await page.goto(`/w/${WAVE}`);
  await page.goto('/nl/privacy');
  await page.goto('/en');
  await page.waitForTimeout(1_500);

  withE2eDb((db) => {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    )
      .map((row) => row.name)
      // Staff accounts hold login data by design; they are not about visitors. Prisma's own bookkeeping likewise.
      // Saved answers are texts staff write, about no visitor. A conversation key look-up's "not before" (seconds
      // after a wrong key) must be exact to work; it sits under an hourly-keyed hash of the address, never the
      // address, and is deleted after two hours. The audit log (checked below like the rest) records what staff did and
      // when, to the second by design; no visitor action writes to it, so only the time of its entries may be exact.
      .filter(
        (name) =>
          !name.startsWith('Staff') &&
          name !== '_prisma_migrations' &&
          !name.startsWith('sqlite_') &&
          name !== 'ReplyTemplate' &&
          name !== 'ConversationLookupDelay',
      );
    expect(tables).toContain('DailyCounter');
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          expect(value, `${table} holds an address`).not.toMatch(/\b127\.0\.0\.1\b|::1|::ffff:/);
          expect(value, `${table} holds a user agent`).not.toMatch(
            /Mozilla\/|Chrome\/|HeadlessChrome|WhatsApp\//,
          );
          if (table === 'AuditEntry' && column === 'at') continue;
          const time = /\d{4}-\d\d-\d\d[T ](\d\d):(\d\d):(\d\d)/.exec(value);
          if (time)
            expect(`${time[2]}:${time[3]}`, `${table} holds a timestamp finer than the hour`).toBe('00:00');
        }
      }
    }
  });
});
