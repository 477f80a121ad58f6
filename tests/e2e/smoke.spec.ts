import { expect, test } from '@playwright/test';

for (const { locale, heading, call, anonymous } of [
  {
    locale: 'nl',
    heading: 'Je nummer is gevonden in de telefoon van een dealer',
    call: 'Bel gratis en anoniem: 030 200 1234',
    anonymous: 'Je blijft anoniem',
  },
  {
    locale: 'en',
    heading: "Your number was found in a dealer's phone",
    call: 'Call free and anonymously: 030 200 1234',
    anonymous: 'You stay anonymous',
  },
]) {
  test(`the ${locale} landing page shows why, anonymity and the number on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const callNow = page.getByRole('link', { name: call });
    await expect(callNow).toHaveAttribute('href', 'tel:+31302001234');
    // Why, the anonymity promise and the number: all within the first screen, without scrolling.
    for (const locator of [
      page.getByRole('heading', { level: 1 }),
      page.getByRole('region', { name: anonymous }),
      callNow,
    ]) {
      await expect(locator).toBeInViewport({ ratio: 1 });
    }
  });
}

test('the root redirects to the preferred language and sets no cookie', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(page.url()).toMatch(/\/en$/);
  expect(response?.status()).toBe(200);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('the root falls back to Dutch for other languages', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  expect(page.url()).toMatch(/\/nl$/);
  await context.close();
});

test('an unknown page answers 404 and still shows the helpline, also without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/nl/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('a[href="tel:+31302001234"]').first()).toBeVisible();
  await context.close();
});
