import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { TOTP } from 'otpauth';
import { SMTPServer } from 'smtp-server';
import { E2E_SMTP_PORT } from '../support/e2e-env';
import {
  accountId,
  createTestAccount,
  DEMO_PASSWORD,
  insertAuditEntries,
  sessionLastSeen,
  sessionTokenOf,
  signIn,
  STAFF,
} from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PASSWORD = 'groene kikker zwemt e2e 5120';
const NEW_PASSWORD = 'oranje vos rent e2e 8861';
const ALERT = 'Er is een probleem';

const totpFor = (secret: string) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
/** A code of the next 30-second step: accepted (clock drift), and never the one just used. */
const nextCode = (totp: TOTP) => totp.generate({ timestamp: Date.now() + 30_000 });

/**
 * axe needs JavaScript: for a page of a context without it, the same address is checked in a JavaScript-enabled
 * copy of that context (same cookies).
 */
async function expectNoAxeViolations(page: Page, { javaScriptOff = false } = {}) {
  if (!javaScriptOff) {
    expect((await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze()).violations).toEqual([]);
    return;
  }
  const browser = page.context().browser();
  if (!browser) throw new Error('No browser');
  const copy = await browser.newContext({ storageState: await page.context().storageState() });
  try {
    const checked = await copy.newPage();
    await checked.goto(page.url());
    expect((await new AxeBuilder({ page: checked }).withTags(A11Y_TAGS).analyze()).violations).toEqual([]);
  } finally {
    await copy.close();
  }
}

/** Collects Content-Security-Policy violations the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('a request header no longer moves the session clock', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, STAFF.analyst);
  const before = sessionLastSeen(await sessionTokenOf(context));
  // An hour ahead: with the old clock the session would have been idle for 60 minutes.
  await context.setExtraHTTPHeaders({ 'x-test-now': new Date(Date.now() + 60 * 60_000).toISOString() });
  await page.goto('/nl/staff');
  await expect(page).toHaveURL(/\/nl\/staff$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Demo analist');
  // Nor is an hour-ahead "last seen" written back.
  expect(sessionLastSeen(await sessionTokenOf(context)).getTime()).toBeLessThan(
    before.getTime() + 10 * 60_000,
  );
  await context.close();
});

test('setting up a second factor asks for the password first, then shows a QR code the CSP allows', async ({
  browser,
}) => {
  const email = 'qr-e2e@uitweg.test';
  await createTestAccount({ email, password: PASSWORD });
  const context = await browser.newContext();
  const page = await context.newPage();
  const csp = watchCsp(page);
  await signIn(page, email, PASSWORD);
  await page.goto('/nl/staff/security');
  await expect(page.getByTestId('totp-status')).toContainText('De tweede stap staat nog uit');
  // No secret is shown (or made) before the password is confirmed.
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  await page.getByRole('link', { name: 'Tweede stap instellen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\/totp$/);
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  await page.getByLabel('Je wachtwoord').fill('niet het wachtwoord e2e');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('Het wachtwoord klopt niet');
  await page.getByLabel('Je wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Doorgaan' }).click();

  const qr = page.getByRole('img', { name: 'QR-code om Uitweg aan je authenticator-app toe te voegen' });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
  expect(await page.locator('img[src^="data:"]').count()).toBe(0);
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page);
  expect(csp).toEqual([]);

  const totp = totpFor(secret);
  const code = totp.generate();
  await page.getByLabel('Code uit je app').fill(code);
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\?updated=totp$/);
  await expect(page.getByTestId('totp-status')).toContainText('De tweede stap staat aan');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();

  // The code that turned the factor on cannot sign in as well (no replay).
  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/Code uit je app/).fill(code);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('De code klopt niet');
  await signIn(page, email, PASSWORD, nextCode(totp));
  expect(csp).toEqual([]);
  await context.close();
});

test('replacing a second factor needs the password and a code from the current app', async ({ browser }) => {
  const email = 'replace-e2e@uitweg.test';
  const oldSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  await createTestAccount({ email, password: PASSWORD, totpSecret: oldSecret });
  const old = totpFor(oldSecret);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const signInCode = old.generate();
  await signIn(page, email, PASSWORD, signInCode);
  await page.goto('/nl/staff/security');
  await expect(page.getByTestId('totp-status')).toContainText('De tweede stap staat aan');
  await page.getByRole('link', { name: 'Tweede stap vervangen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweede stap vervangen');
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);
  await page.getByLabel('Je wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('Vul de code uit je app in');
  // The code used to sign in a moment ago is spent.
  await page.getByLabel('Je wachtwoord').fill(PASSWORD);
  await page.getByLabel('Code uit je huidige app').fill(signInCode);
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('De code klopt niet');
  await page.getByLabel('Je wachtwoord').fill(PASSWORD);
  await page.getByLabel('Code uit je huidige app').fill(nextCode(old));
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByText('Je huidige tweede stap blijft werken')).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  expect(secret).not.toBe(oldSecret);
  const replacement = totpFor(secret);
  await page.getByLabel('Code uit je app').fill(replacement.generate());
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByRole('status')).toContainText('De tweede stap staat nu aan');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();

  // Only the new app's codes sign in now.
  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel(/Code uit je app/).fill(nextCode(old));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('De code klopt niet');
  await signIn(page, email, PASSWORD, nextCode(replacement));
  await context.close();
});

test('the owner of an account an admin made chooses a password first; every screen leads there (no JavaScript)', async ({
  browser,
}) => {
  const email = 'first-e2e@uitweg.test';
  await createTestAccount({ email, password: PASSWORD, mustChangePassword: true });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/staff/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\/password$/);
  await expect(page.getByRole('status')).toContainText('Kies eerst je eigen wachtwoord');
  await expect(page.getByRole('navigation', { name: 'Menu voor medewerkers' })).toHaveCount(0);
  for (const path of ['/nl/staff', '/nl/staff/dashboard', '/nl/staff/security', '/en/staff/dashboard']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/(nl|en)\/staff\/security\/password$/);
  }
  await page.goto('/nl/staff/security/password');
  await expectNoAxeViolations(page, { javaScriptOff: true });
  await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await page.getByLabel('Nieuw wachtwoord').fill('Wachtwoord2026!');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText(
    'Dit wachtwoord wordt te vaak gebruikt',
  );
  await expect(page.getByLabel('Nieuw wachtwoord')).toHaveValue('');
  await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/security\?updated=password$/);
  await expect(page.getByRole('status')).toContainText('Je wachtwoord is gewijzigd');
  await page.goto('/nl/staff/dashboard');
  await expect(page).toHaveURL(/\/nl\/staff\/dashboard$/);
  await context.close();
});

test('changing one’s own password on the security page ends one’s other sessions', async ({ browser }) => {
  const email = 'change-e2e@uitweg.test';
  await createTestAccount({ email, password: PASSWORD });
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  const page = await here.newPage();
  const other = await elsewhere.newPage();
  await signIn(page, email, PASSWORD);
  await signIn(other, email, PASSWORD);
  await page.goto('/nl/staff/security');
  await expectNoAxeViolations(page);
  await page.getByLabel('Huidig wachtwoord').fill('fout wachtwoord e2e 1');
  await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('Het huidige wachtwoord klopt niet');
  await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('status')).toContainText('Je wachtwoord is gewijzigd');
  await page.goto('/nl/staff');
  await expect(page).toHaveURL(/\/nl\/staff$/);
  await other.goto('/nl/staff');
  await expect(other).toHaveURL(/\/nl\/staff\/login$/);
  await signIn(other, email, NEW_PASSWORD);
  await here.close();
  await elsewhere.close();
});

test.describe('an admin resets an account', () => {
  const mails: { to: string; text: string }[] = [];
  let smtp: SMTPServer | null = null;

  test.beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          for (const to of session.envelope.rcptTo) mails.push({ to: to.address, text });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp?.listen(E2E_SMTP_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    smtp = null;
  });

  test('by e-mail: a one-time link that ends every session and sets a new password (no JavaScript)', async ({
    browser,
  }) => {
    const email = 'reset-e2e@uitweg.test';
    await createTestAccount({ email, password: PASSWORD, name: 'Reset Persoon' });
    const own = await browser.newContext();
    const ownPage = await own.newPage();
    await signIn(ownPage, email, PASSWORD);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, STAFF.admin);
    await admin.goto('/nl/staff/accounts');
    await admin.getByRole('button', { name: 'Wachtwoord van Reset Persoon resetten' }).click();
    await expect(admin.getByRole('status')).toContainText(`Er is een link gemaild naar ${email}`);
    await expect.poll(() => mails.filter((mail) => mail.to === email).length).toBe(1);
    // Quoted-printable, as nodemailer sends text with accents: soft line breaks and =XX escapes.
    const text = (mails.find((mail) => mail.to === email)?.text ?? '')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = /http:\/\/127\.0\.0\.1:\d+\/nl\/staff\/reset\?token=[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link).toBeTruthy();

    // The reset ended the account's session at once, and the old password no longer works.
    await ownPage.goto('/nl/staff');
    await expect(ownPage).toHaveURL(/\/nl\/staff\/login$/);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(link!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
    await expectNoAxeViolations(page, { javaScriptOff: true });
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByRole('alert', { name: ALERT })).toContainText('Het wachtwoord is te kort');
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page).toHaveURL(/\/nl\/staff\/login\?reset=1$/);
    await expect(page.getByRole('status')).toContainText('Je nieuwe wachtwoord is opgeslagen');
    await signIn(page, email, NEW_PASSWORD);

    // Once only.
    const again = await page.goto(link!);
    expect(again?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet (meer)');
    await expectNoAxeViolations(page, { javaScriptOff: true });
    const guessed = await page.goto('/nl/staff/reset?token=' + 'A'.repeat(43));
    expect(guessed?.status()).toBe(403);
    await own.close();
    await adminContext.close();
    await context.close();
  });

  test('without working mail the link is shown to the admin, once', async ({ browser }) => {
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    smtp = null;
    const email = 'reset-shown-e2e@uitweg.test';
    await createTestAccount({ email, password: PASSWORD, name: 'Link Persoon' });
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, STAFF.admin);
    await admin.goto('/nl/staff/accounts');
    await admin.getByRole('button', { name: 'Wachtwoord van Link Persoon resetten' }).click();
    const id = accountId(email);
    const revealed = admin.getByTestId(`account-${id}-password-revealed`);
    await expect(revealed).toHaveText(/\/nl\/staff\/reset\?token=[A-Za-z0-9_-]{43}$/);
    await expect(admin.getByRole('status')).toContainText('Geef deze link veilig door aan Link Persoon');
    const link = (await revealed.innerText()).trim();
    await admin.goto('/nl/staff/accounts');
    await expect(admin.getByTestId(`account-${id}-password-revealed`)).toHaveCount(0);
    expect(await admin.content()).not.toContain(link.split('token=')[1]);
    const page = await adminContext.newPage();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
    await adminContext.close();
  });
});

test('refused pages and failed sign-ins are in the audit log, which filters and pages without JavaScript', async ({
  browser,
}) => {
  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signIn(analyst, STAFF.analyst);
  const refused = await analyst.goto('/nl/staff/accounts');
  expect(refused?.status()).toBe(403);
  await analystContext.close();

  const typed = 'niemand-audit-e2e@uitweg.test';
  const visitor = await browser.newContext();
  const login = await visitor.newPage();
  await login.goto('/nl/staff/login');
  await login.getByLabel('E-mailadres').fill(typed);
  await login.getByLabel('Wachtwoord', { exact: true }).fill('geraden wachtwoord e2e');
  await login.getByRole('button', { name: 'Inloggen' }).click();
  await expect(login.getByRole('alert', { name: ALERT })).toBeVisible();
  await visitor.close();

  insertAuditEntries(120, 'e2e.paging', accountId(STAFF.admin));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, STAFF.admin, DEMO_PASSWORD);
  await page.goto('/nl/staff/audit');
  await expectNoAxeViolations(page, { javaScriptOff: true });

  await page.getByLabel('Actie').selectOption('staff.forbidden');
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/\/nl\/staff\/audit\?.*action=staff\.forbidden/);
  await expect(page.getByRole('row').filter({ hasText: 'analist@uitweg.test' }).first()).toContainText(
    '/nl/staff/accounts',
  );

  await page.getByLabel('Actie').selectOption('staff.login_failed');
  await page.getByLabel('Wie').selectOption({ label: 'Onbekend account (mislukte inlog)' });
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page.getByRole('cell', { name: 'Onbekend account (mislukte inlog)' }).first()).toBeVisible();
  expect(await page.content()).not.toContain('niemand-audit');
  expect(await page.content()).not.toMatch(/127\.0\.0\.1/);

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  await page.goto(`/nl/staff/audit?action=e2e.paging&from=${today}&to=${today}`);
  await expect(page.getByRole('table')).toContainText('Pagina 1 van 3');
  const paging = page.getByRole('navigation', { name: 'Pagina’s van het logboek' });
  await paging.getByRole('link', { name: 'Volgende pagina' }).click();
  await expect(page.getByRole('table')).toContainText('120 regels, nieuwste eerst. Pagina 2 van 3.');
  await expect(page.getByLabel('Actie')).toHaveValue('e2e.paging');
  await paging.getByRole('link', { name: 'Volgende pagina' }).click();
  await expect(page.getByRole('row')).toHaveCount(21);

  const bad = await page.goto('/nl/staff/audit?from=2026-02-30&to=gisteren');
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: ALERT })).toContainText('Vul een geldige datum in');
  await context.close();
});
