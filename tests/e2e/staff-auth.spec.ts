import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TOTP } from 'otpauth';
import { E2E_PORT } from '../support/e2e-env';
import {
  ageSession,
  clearSignInThrottle,
  DEMO_PASSWORD,
  sessionLastSeen,
  sessionTokenOf,
  signIn,
  STAFF,
} from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WRONG_PASSWORD = 'Verkeerd-wachtwoord-e2e-7391';
const NEW_ACCOUNT_PASSWORD = 'blauwe giraf leest e2e 4471';
const OWN_PASSWORD = 'rode panda tekent e2e 3302';

test('the login page has no nav, no cookie, no-store, and no axe violations', async ({ page, context }) => {
  const response = await page.goto('/nl/staff/login');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen voor medewerkers');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  expect(await context.cookies()).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('sign-in sets an HttpOnly SameSite=Strict cookie on the staff paths only; sign-out clears it', async ({
  page,
  context,
}) => {
  await signIn(page, STAFF.analyst);
  const home = await page.goto('/nl/staff');
  expect(home?.headers()['cache-control']).toContain('no-store');
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => `${cookie.name} ${cookie.path}`).sort()).toEqual([
    'uitweg_staff_en /en/staff',
    'uitweg_staff_nl /nl/staff',
  ]);
  for (const cookie of cookies) {
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  }
  expect(cookies[0]?.value).toBe(cookies[1]?.value);

  // A visitor page in the same browser gets no cookie.
  const visitorRequest = page.waitForRequest((request) => request.url().endsWith('/nl'));
  await page.goto('/nl');
  expect((await (await visitorRequest).allHeaders()).cookie).toBeUndefined();

  // English works with the same session.
  await page.goto('/en/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Demo analist');

  await page.goto('/nl/staff');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/login\?signedOut=1$/);
  expect(await context.cookies()).toEqual([]);
  await page.goto('/nl/staff');
  await expect(page).toHaveURL(/\/nl\/staff\/login$/);
});

test('a wrong password gets one non-revealing message and is never sent back (no JavaScript)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const email of [STAFF.admin, 'niemand@uitweg.test']) {
    await page.goto('/nl/staff/login');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(WRONG_PASSWORD);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.getByRole('button', { name: 'Inloggen' }).click(),
    ]);
    expect(await response.text()).not.toContain(WRONG_PASSWORD);
    await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
      'Het e-mailadres of het wachtwoord klopt niet',
    );
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
  }
  await context.close();
});

test('the error summary takes focus and links to the field', async ({ page }) => {
  await page.goto('/nl/staff/login');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const summary = page.getByRole('alert', { name: 'Er is een probleem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Vul je e-mailadres in' })).toHaveAttribute(
    'href',
    '#login-email',
  );
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-describedby', 'login-email-error');
  await expect(page.locator('#login-email-error')).toContainText('Fout:');
});

test('an account is throttled after 5 failures, even with the right password', async ({ browser }) => {
  // The counters are cleared before and after (in the e2e database), so this lock does not throttle other tests.
  clearSignInThrottle();
  const context = await browser.newContext();
  const page = await context.newPage();
  const attempt = async (password: string) => {
    await page.goto('/nl/staff/login');
    await page.getByLabel('E-mailadres').fill(STAFF.analyst);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toBeVisible();
    return page.getByRole('alert', { name: 'Er is een probleem' }).innerText();
  };
  for (let index = 0; index < 5; index += 1) {
    expect(await attempt(WRONG_PASSWORD)).toContain('klopt niet');
  }
  expect(await attempt(DEMO_PASSWORD)).toContain('Te veel mislukte pogingen');
  await context.close();
  clearSignInThrottle();
});

test('a session ends after 30 idle minutes', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, STAFF.analyst);
  // The session is aged in the database (a request header no longer moves the server's clock).
  const token = await sessionTokenOf(context);
  ageSession(token, 29);
  await page.goto('/nl/staff');
  await expect(page).toHaveURL(/\/nl\/staff$/);
  // Seen again just now (after 29 idle minutes), so idle 30 minutes from now.
  expect(Date.now() - sessionLastSeen(token).getTime()).toBeLessThan(60_000);
  ageSession(token, 30);
  await page.goto('/nl/staff');
  await expect(page).toHaveURL(/\/nl\/staff\/login$/);
  await context.close();
});

test('a signed-in person skips the login page, and "sign out everywhere" ends every session', async ({
  browser,
}) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const one = await first.newPage();
  const two = await second.newPage();
  await signIn(one, STAFF.analyst);
  await one.goto('/nl/staff/login');
  await expect(one).toHaveURL(/\/nl\/staff$/);
  await signIn(two, STAFF.analyst);
  await one.goto('/nl/staff/security');
  await one.getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(one).toHaveURL(/\/nl\/staff\/login/);
  await two.goto('/nl/staff');
  await expect(two).toHaveURL(/\/nl\/staff\/login$/);
  await first.close();
  await second.close();
});

test('an admin creates an account; its owner sets up TOTP and then needs the code', async ({ browser }) => {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, STAFF.admin);
  await admin.goto('/nl/staff/accounts');
  await admin.getByLabel('Naam').fill('E2E Analist');
  await admin.getByLabel('E-mailadres').fill('totp-e2e@uitweg.test');
  await admin.getByRole('checkbox', { name: 'Analist' }).check();
  await admin.getByLabel('Eerste wachtwoord').fill('wachtwoord');
  await admin.getByRole('button', { name: 'Account maken' }).click();
  await expect(admin.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Het wachtwoord is te kort',
  );
  await expect(admin.getByLabel('Eerste wachtwoord')).toHaveValue('');
  await expect(admin.getByRole('checkbox', { name: 'Analist' })).toBeChecked();
  await admin.getByLabel('Eerste wachtwoord').fill(NEW_ACCOUNT_PASSWORD);
  await admin.getByRole('button', { name: 'Account maken' }).click();
  await expect(admin.getByRole('status')).toContainText('Het account is gemaakt');
  await expect(admin.getByRole('cell', { name: /totp-e2e@uitweg\.test/ })).toBeVisible();
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  // The first sign-in leads to choosing one's own password: the admin's one is only for that.
  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill('totp-e2e@uitweg.test');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(NEW_ACCOUNT_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\/password$/);
  await page.getByLabel('Huidig wachtwoord').fill(NEW_ACCOUNT_PASSWORD);
  await page.getByLabel('Nieuw wachtwoord').fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\?updated=password$/);
  // Setting up the second factor starts with the password.
  await page.getByRole('link', { name: 'Tweede stap instellen' }).click();
  await page.getByLabel('Je wachtwoord').fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
  await page.getByLabel('Code uit je app').fill('000000');
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText('De code klopt niet');
  await page.getByLabel('Code uit je app').fill(totp.generate());
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByTestId('totp-status')).toContainText('De tweede stap staat aan');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();

  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill('totp-e2e@uitweg.test');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert', { name: 'Er is een probleem' })).toContainText(
    'Vul de code uit je authenticator-app in',
  );
  // The next step's code: the code that turned the factor on was accepted once and is spent.
  await signIn(page, 'totp-e2e@uitweg.test', OWN_PASSWORD, totp.generate({ timestamp: Date.now() + 30_000 }));
  await context.close();
});

test('passwords never reach the server log', async () => {
  const log = readFileSync(`data/logs/e2e-server-${E2E_PORT}.log`, 'utf8');
  // (The public demo password is printed once at start-up on purpose; typed passwords must never appear.)
  for (const secret of [WRONG_PASSWORD, NEW_ACCOUNT_PASSWORD, OWN_PASSWORD])
    expect(log).not.toContain(secret);
});
