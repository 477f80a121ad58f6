import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { amsterdamDay } from '@/lib/counting/time';
import { counterSum, expectCounterToReach } from '../support/e2e-db';

/** Simulated moments, Amsterdam time (the server honours `x-test-now` because it runs with TEST_CLOCK=true). */
const TUESDAY_10 = '2026-12-01T10:00:00+01:00';
const TUESDAY_11 = '2026-12-01T11:00:00+01:00';
const TUESDAY_NIGHT = '2026-12-01T23:30:00+01:00';
const KONINGSDAG = '2027-04-27T11:00:00+02:00';
const CHRISTMAS = '2026-12-25T11:00:00+01:00';

const TEL_URI = /^tel:\+31\d{8,10}$/;
const MAIN_LINE = 'uitweg-line';

async function openAt(
  browser: Browser,
  now: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-test-now': now }, ...options });
  return { context, page: await context.newPage() };
}

function channelList(page: Page): Locator {
  return page.getByTestId('channel-list');
}

/** An open channel: a tappable link with its status under it. */
function openChannel(page: Page, id: string): Locator {
  return channelList(page).locator('li', { has: page.locator(`a[data-channel="${id}"]`) });
}

function closedChannel(page: Page, id: string): Locator {
  return channelList(page).locator(`li[data-closed-channel="${id}"]`);
}

test.describe('opening hours', () => {
  test('inside opening hours the main line is open until 21:00 and tappable', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_10);
    await page.goto('/nl');
    const main = openChannel(page, MAIN_LINE);
    await expect(main).toContainText('Nu open tot 21:00 uur.');
    const link = main.locator(`a[data-channel="${MAIN_LINE}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', TEL_URI);
    await expect(link).toHaveAttribute('href', 'tel:+31302001234');
    await expect(link).toContainText('030 200 1234');
    await expect(closedChannel(page, MAIN_LINE)).toHaveCount(0);
    // The help bar says the same, next to the number.
    await expect(page.getByTestId('help-bar-status')).toContainText('Nu open tot 21:00 uur.');
    await expect(page.getByText('De telefoon is nu niet bemand')).toHaveCount(0);
    await context.close();
  });

  test('the English page gives the same status in English', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_10);
    await page.goto('/en');
    await expect(openChannel(page, MAIN_LINE)).toContainText('Open now until 21:00.');
    await expect(openChannel(page, MAIN_LINE).locator('a')).toHaveAttribute('href', TEL_URI);
    await context.close();
  });

  test('at night the callback and the always-available lines show, and closed lines are not tappable', async ({
    browser,
  }) => {
    const { context, page } = await openAt(browser, TUESDAY_NIGHT);
    await page.goto('/nl');
    const list = channelList(page);

    await expect(list.getByText('De telefoon is nu niet bemand')).toBeVisible();
    const callback = list.getByRole('link', { name: 'Laat je terugbellen of schrijf ons.', exact: true });
    await expect(callback).toHaveAttribute('href', '/nl/contact');

    await expect(list.getByText('Altijd bereikbaar, dag en nacht')).toBeVisible();
    for (const [name, href] of [
      ['112, alarmnummer', 'tel:112'],
      ['113 Zelfmoordpreventie, 0800-0113', 'tel:+318000113'],
      ['Meld Misdaad Anoniem, 0800-7000', 'tel:+318007000'],
    ] as const) {
      const line = list.getByRole('link', { name, exact: true });
      await expect(line).toBeVisible();
      await expect(line).toHaveAttribute('href', href);
    }

    // The closed lines are listed as plain text with their next opening: no link a tap would dial in vain.
    for (const id of [MAIN_LINE, 'uitweg-whatsapp', 'uitweg-sms']) {
      const closed = closedChannel(page, id);
      await expect(closed).toBeVisible();
      await expect(closed.locator('a')).toHaveCount(0);
      await expect(list.locator(`a[data-channel="${id}"]`)).toHaveCount(0);
    }
    await expect(closedChannel(page, MAIN_LINE)).toContainText('030 200 1234');
    await expect(closedChannel(page, MAIN_LINE)).toContainText('Gesloten. Morgen open vanaf 09:00 uur.');
    await expect(list.locator('a[href="tel:+31302001234"]')).toHaveCount(0);
    const tappable = await list.locator('a[href^="tel:"], a[href^="sms:"], a[href^="https://wa.me"]').all();
    const hrefs = await Promise.all(tappable.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['tel:+318000113', 'tel:+318007000', 'tel:112']);

    // The help bar keeps the number (it always shows) and says the line is closed, offering the callback.
    await expect(page.getByTestId('help-bar-status')).toContainText('Gesloten. Morgen open vanaf 09:00 uur.');
    await expect(
      page.getByTestId('help-bar-status').getByRole('link', { name: 'Laat je terugbellen of schrijf ons' }),
    ).toHaveAttribute('href', '/nl/contact');
    await context.close();
  });

  for (const { name, now, next } of [
    { name: 'Koningsdag', now: KONINGSDAG, next: 'Gesloten. Morgen open vanaf 09:00 uur.' },
    { name: 'Christmas', now: CHRISTMAS, next: 'Gesloten. Open op maandag vanaf 09:00 uur.' },
  ]) {
    test(`on ${name} the main line shows closed with its next opening`, async ({ browser }) => {
      const { context, page } = await openAt(browser, now);
      await page.goto('/nl');
      const closed = closedChannel(page, MAIN_LINE);
      await expect(closed).toBeVisible();
      await expect(closed).toContainText(next);
      await expect(closed.locator('a')).toHaveCount(0);
      await expect(openChannel(page, MAIN_LINE)).toHaveCount(0);
      await expect(page.getByTestId('help-bar-status')).toContainText(next);
      await context.close();
    });
  }
});

test.describe('audience and topic routing', () => {
  test('the parents page shows the parents line', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11);
    await page.goto('/nl/ouders');
    await expect(openChannel(page, 'parents-line')).toContainText('Ouderlijn');
    await expect(page.locator('a[data-channel="parents-line"]')).toHaveAttribute('href', 'tel:+31302001235');
    await expect(channelList(page).locator('[data-channel="professionals-line"]')).toHaveCount(0);
    await expect(channelList(page).locator('[data-channel="uitweg-whatsapp"]')).toHaveCount(0);
    await context.close();
  });

  test('the professionals page shows the professionals line', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11);
    await page.goto('/nl/professionals');
    await expect(openChannel(page, 'professionals-line')).toContainText('Adviesteam voor professionals');
    await expect(page.locator('a[data-channel="professionals-line"]')).toHaveAttribute(
      'href',
      'tel:+31302001236',
    );
    await expect(channelList(page).locator('[data-channel="parents-line"]')).toHaveCount(0);
    await expect(channelList(page).locator('[data-channel="uitweg-whatsapp"]')).toHaveCount(0);
    await context.close();
  });

  test('the money page shows the money line, the addiction page does not', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11);
    await page.goto('/nl/hulp/geldproblemen');
    await expect(openChannel(page, 'money-line')).toContainText('Hulp bij geldzorgen en schulden');
    await expect(page.locator('a[data-channel="money-line"]')).toHaveAttribute('href', 'tel:+31302001238');
    await expect(channelList(page).locator('[data-channel="addiction-line"]')).toHaveCount(0);

    await page.goto('/nl/hulp/verslaving');
    await expect(openChannel(page, 'addiction-line')).toBeVisible();
    await expect(channelList(page).locator('[data-channel="money-line"]')).toHaveCount(0);
    await context.close();
  });

  test('the contact chooser changes which channels show, without JavaScript', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11, { javaScriptEnabled: false });
    const present = async (ids: string[], absent: string[]) => {
      for (const id of ids) await expect(page.locator(`a[data-channel="${id}"]`)).toBeVisible();
      for (const id of absent)
        await expect(channelList(page).locator(`[data-channel="${id}"]`)).toHaveCount(0);
    };
    // No choice yet: the channels for someone who got the SMS, on any topic.
    await page.goto('/nl/contact');
    await present([MAIN_LINE, 'uitweg-whatsapp', 'money-line'], ['parents-line', 'professionals-line']);

    await page.locator('select[name="audience"]').selectOption('parent');
    await page.locator('select[name="topic"]').selectOption('money');
    await page.getByRole('button', { name: 'Toon de juiste hulp' }).click();
    await expect(page).toHaveURL(/\/nl\/contact\?audience=parent&topic=money$/);
    await present(['parents-line', 'money-line', MAIN_LINE], ['uitweg-whatsapp', 'professionals-line']);
    await expect(page.locator('select[name="audience"]')).toHaveValue('parent');

    await page.locator('select[name="audience"]').selectOption('professional');
    await page.locator('select[name="topic"]').selectOption('addiction');
    await page.getByRole('button', { name: 'Toon de juiste hulp' }).click();
    await expect(page).toHaveURL(/\/nl\/contact\?audience=professional&topic=addiction$/);
    await present(
      ['professionals-line', 'addiction-line'],
      ['uitweg-whatsapp', 'parents-line', 'money-line'],
    );
    await context.close();
  });
});

test.describe('counting taps', () => {
  const WAVE = 'utr-x7k2';

  test('a tap on the WhatsApp channel counts exactly one for that channel and wave', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11);
    await context.route('https://wa.me/**', (route) => route.fulfill({ body: 'ok' }));
    const taps = { day: amsterdamDay(new Date()), metric: 'tap', channel: 'uitweg-whatsapp', wave: WAVE };
    const before = counterSum(taps);
    await page.goto(`/w/${WAVE}`);
    // With JavaScript the enhancement moves `ping` into sendBeacon (so browsers without ping count too).
    const link = page.locator('a[data-channel="uitweg-whatsapp"]');
    await expect(link).toHaveAttribute('data-beacon', `/api/e?k=tap&c=uitweg-whatsapp&w=${WAVE}`);
    await expect(link).not.toHaveAttribute('ping', /.*/);
    const beacon = page.waitForRequest((request) => request.url().includes('/api/e?k=tap&c=uitweg-whatsapp'));
    await link.click();
    await beacon;
    await page.waitForURL('https://wa.me/31612345678');
    expect(await expectCounterToReach(taps, before + 1)).toBe(before + 1);
    await context.close();
  });

  test('a tap on the help bar call link counts exactly one for the helpline and wave', async ({
    browser,
  }) => {
    const { context, page } = await openAt(browser, TUESDAY_11);
    const taps = { day: amsterdamDay(new Date()), metric: 'tap', channel: 'primary', wave: WAVE };
    const before = counterSum(taps);
    await page.goto(`/w/${WAVE}`);
    const call = page.getByRole('link', { name: 'Bel gratis en anoniem: 030 200 1234', exact: true });
    await expect(call).toHaveAttribute('data-beacon', `/api/e?k=tap&c=primary&w=${WAVE}`);
    const beacon = page.waitForRequest((request) => request.url().includes('/api/e?k=tap&c=primary'));
    // A tel: link opens the dialer on a phone; here the click only fires the beacon.
    await call.click();
    await beacon;
    expect(await expectCounterToReach(taps, before + 1)).toBe(before + 1);
    await context.close();
  });

  test('without JavaScript the browser counts the tap through the ping attribute', async ({ browser }) => {
    const { context, page } = await openAt(browser, TUESDAY_11, { javaScriptEnabled: false });
    await context.route('https://wa.me/**', (route) => route.fulfill({ body: 'ok' }));
    const taps = { day: amsterdamDay(new Date()), metric: 'tap', channel: 'uitweg-whatsapp', wave: WAVE };
    const before = counterSum(taps);
    await page.goto(`/w/${WAVE}`);
    const link = page.locator('a[data-channel="uitweg-whatsapp"]');
    await expect(link).toHaveAttribute('ping', `/api/e?k=tap&c=uitweg-whatsapp&w=${WAVE}`);
    await link.click();
    await page.waitForURL('https://wa.me/31612345678');
    expect(await expectCounterToReach(taps, before + 1)).toBe(before + 1);
    await context.close();
  });

  test('the beacon endpoint counts a tap for a channel and wave once', async ({ request }) => {
    const taps = { day: amsterdamDay(new Date()), metric: 'tap', channel: 'money-line', wave: WAVE };
    const before = counterSum(taps);
    expect((await request.post(`/api/e?k=tap&c=money-line&w=${WAVE}`)).status()).toBe(204);
    expect(await expectCounterToReach(taps, before + 1)).toBe(before + 1);
  });
});
