import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Response, test } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import {
  E2E_CONTACT_LIMIT,
  E2E_DATABASE_FILE,
  E2E_PORT,
  E2E_SMTP_PORT,
  E2E_STATUS_LOOKUP_LIMIT,
  OTHER_SENDER_URL,
} from '../support/e2e-env';
import { awayFromHourBoundary } from '../support/hour-buckets';
import { withE2eDb } from '../support/e2e-db';

const MIN_FILL_MS = 4_100;
const CODE = /^[2-9A-HJKMNP-TW-Z]{2}-[2-9A-HJKMNP-TW-Z]{4}$/;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Submission {
  audience: string;
  topic: string;
  message?: string;
  reach?: string;
  phone?: string;
  email?: string;
}

async function fillContactForm(page: Page, entry: Submission) {
  await page.locator(`input[name="audience"][value="${entry.audience}"]`).check();
  await page.locator(`input[name="topic"][value="${entry.topic}"]`).check();
  if (entry.message) await page.locator('textarea[name="message"]').fill(entry.message);
  await page.locator(`input[name="reach"][value="${entry.reach ?? 'none'}"]`).check();
  if (entry.phone) await page.locator('input[name="phone"]').fill(entry.phone);
  if (entry.email) await page.locator('input[name="email"]').fill(entry.email);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
}

function storedRequests(): number {
  return withE2eDb(
    (db) => (db.prepare('SELECT COUNT(*) AS n FROM "ContactRequest"').get() as { n: number | bigint }).n,
  ) as number;
}

/**
 * Records every address a page asks for or shows (history entries included) and the Cache-Control of every page
 * response and form post, so a test can prove a reference code never sits in a shared phone's history or cache.
 */
function watchAddresses(page: Page) {
  const urls: string[] = [];
  const pageResponses: { url: string; method: string; cacheControl: string }[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('response', (response: Response) => {
    const request = response.request();
    if (request.resourceType() !== 'document' && request.method() !== 'POST') return;
    pageResponses.push({
      url: response.url(),
      method: request.method(),
      cacheControl: response.headers()['cache-control'] ?? '',
    });
  });
  return {
    urls,
    pageResponses,
    expectNoUrlWith(code: string) {
      const variants = [code, code.replace('-', '')];
      for (const url of [...urls, page.url()]) {
        const plain = decodeURIComponent(url).toUpperCase();
        for (const variant of variants)
          expect(plain, `${url} carries the reference code`).not.toContain(variant);
      }
    },
  };
}

async function lookUpStatus(page: Page, locale: string, code: string) {
  await page.getByLabel(locale === 'nl' ? 'Je code' : 'Your code').fill(code);
  await page.getByRole('button', { name: locale === 'nl' ? 'Bekijk status' : 'Check status' }).click();
}

/** Every byte of the database, WAL included: what someone who copied the file would have. */
function rawDatabaseDump(): string {
  return ['', '-wal']
    .map((suffix) => {
      try {
        return readFileSync(`${E2E_DATABASE_FILE}${suffix}`).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('');
}

for (const { locale, js, path, confirmation } of [
  { locale: 'nl', js: true, path: '/nl/contact', confirmation: 'Je bericht is verstuurd' },
  { locale: 'en', js: true, path: '/en/contact', confirmation: 'Your message has been sent' },
  { locale: 'nl', js: false, path: '/nl/contact', confirmation: 'Je bericht is verstuurd' },
  { locale: 'en', js: false, path: '/en/contact', confirmation: 'Your message has been sent' },
]) {
  test(`a request sent in ${locale} with JavaScript ${js ? 'on' : 'off'} is stored encrypted and can be tracked`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: js,
      locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
    });
    const page = await context.newPage();
    const watched = watchAddresses(page);
    const secret = `Ik wil eruit ${randomUUID()} <script>alert(1)</script> مرحبا 🙂`;
    const phone = `06 1${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    await page.goto(path);
    await fillContactForm(page, {
      audience: 'recipient',
      topic: 'exit',
      message: secret,
      reach: 'phone',
      phone,
    });
    if (js) await expect(page.locator('input[name="pow"]')).not.toHaveValue('', { timeout: 15_000 });
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: locale === 'nl' ? 'Verstuur' : 'Send' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(confirmation);
    const code = (await page.getByTestId('reference-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE);

    const row = withE2eDb(
      (db) =>
        db.prepare('SELECT * FROM "ContactRequest" WHERE "reference" = ?').get(code) as
          Record<string, unknown> | undefined,
    );
    expect(row).toMatchObject({
      audience: 'recipient',
      topic: 'exit',
      reach: 'phone',
      status: 'new',
      teamId: 'team-youth',
    });
    expect(String(row?.messageCipher)).not.toContain('eruit');
    const dump = rawDatabaseDump();
    expect(dump).not.toContain(secret.slice(0, 40));
    expect(dump).not.toContain(phone.replace(/\s/g, '').slice(1));

    // The code is shown in the answer to the post itself, on the contact page: not in an address.
    expect(new URL(page.url()).pathname).toBe(path);
    // axe runs in the page, so only with JavaScript; without it the server renders the same markup.
    if (js) expect(await axeViolations(page)).toEqual([]);

    // The status is looked up with a post as well, so the code stays out of the history.
    await page.goto(`${path}/status`);
    await lookUpStatus(page, locale, code.toLowerCase());
    await expect(page.getByTestId('request-status')).toContainText(
      locale === 'nl' ? 'Ontvangen' : 'Received',
    );
    if (js) expect(await axeViolations(page)).toEqual([]);

    watched.expectNoUrlWith(code);
    // The contact page, the post and the status page: none may be kept in a cache.
    const contactResponses = watched.pageResponses.filter((response) =>
      new URL(response.url).pathname.startsWith(path),
    );
    expect(contactResponses.map((response) => response.method)).toEqual(
      expect.arrayContaining(['GET', 'POST']),
    );
    for (const response of contactResponses)
      expect(response.cacheControl, `${response.method} ${response.url}`).toContain('no-store');
    await context.close();
  });
}

test('a sent form cannot be sent again: a re-post (a refresh) is refused with the number and stores nothing', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/contact');
  await fillContactForm(page, { audience: 'parent', topic: 'money', message: 'Eén keer versturen' });
  await page.waitForTimeout(MIN_FILL_MS);
  const posted = page.waitForRequest((request) => request.method() === 'POST');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  const post = await posted;
  await expect(page.getByTestId('reference-code')).toBeVisible();
  const stored = storedRequests();

  // Exactly what a refresh of the answer page sends: the same form, with the same signed token.
  const again = await context.request.fetch(post);
  expect(again.status()).toBe(200);
  const html = await again.text();
  // Checked as booleans: on failure, a whole page in the report would hide the point.
  expect(html.includes('data-testid="reference-code"'), 'the re-post shows a new reference code').toBe(false);
  expect(html.includes('Dit formulier is al verstuurd'), 'the re-post says the form was sent').toBe(true);
  expect(html.includes('href="tel:+31302001234"'), 'the re-post shows the number').toBe(true);
  expect(storedRequests()).toBe(stored);
  await context.close();
});

test('status look-ups past the hourly limit are refused with the number', async ({ browser }) => {
  test.setTimeout(120_000);
  await awayFromHourBoundary();
  // An address of its own, so this test has a bucket of its own.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: OTHER_SENDER_URL });
  const page = await context.newPage();
  await page.goto('/en/contact/status');
  for (let i = 0; i <= E2E_STATUS_LOOKUP_LIMIT; i += 1) {
    // Without JavaScript each look-up loads a new page; wait for it before typing into its form.
    await Promise.all([page.waitForEvent('load'), lookUpStatus(page, 'en', 'AB-CDEF')]);
    const answer = page.getByTestId('status-answer');
    if (i < E2E_STATUS_LOOKUP_LIMIT)
      await expect(answer).toContainText('We cannot find a message with this code');
  }
  const refused = page.getByTestId('status-answer');
  await expect(refused).toContainText('Too many look-ups');
  await expect(refused.getByRole('link', { name: '030 200 1234' })).toHaveAttribute(
    'href',
    'tel:+31302001234',
  );
  expect(page.url()).not.toContain('AB-CDEF');
  await context.close();
});

test('invalid input is explained next to each field and in a focused summary, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/contact');
  await page.locator('input[name="reach"][value="phone"]').check();
  await page.locator('input[name="phone"]').fill('12345');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Kies wie je bent.' })).toHaveAttribute(
    'href',
    '#contact-audience',
  );
  await expect(summary.getByRole('link', { name: /geldig telefoonnummer/ })).toHaveAttribute(
    'href',
    '#contact-phone',
  );
  await expect(page.locator('#contact-phone')).toHaveAttribute(
    'aria-describedby',
    'contact-phone-hint contact-phone-error',
  );
  await expect(page.locator('#contact-phone-error')).toContainText('Fout:');
  // The person's own answers come back, so nothing has to be typed again.
  await expect(page.locator('input[name="phone"]')).toHaveValue('12345');
  await context.close();
});

test('with JavaScript, the answer to a refused post has its summary focused', async ({ page }) => {
  await page.goto('/en/contact');
  await page.locator('input[name="reach"][value="email"]').check();
  await page.locator('input[name="email"]').fill('not-an-address');
  await page.getByRole('button', { name: 'Send' }).click();
  // The server validates (there is no validation as you type): the field's error and the focused summary.
  await expect(page.locator('#contact-email-error')).toContainText('valid e-mail address');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get in touch');
});

test('a filled-in honeypot and a too-fast submission are refused with the phone number', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/contact');
  await fillContactForm(page, { audience: 'parent', topic: 'money', message: 'Snel' });
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('kon niet worden verstuurd');
  await expect(page.getByTestId('error-summary').getByRole('link', { name: '030 200 1234' })).toHaveAttribute(
    'href',
    'tel:+31302001234',
  );

  await page.goto('/nl/contact');
  await fillContactForm(page, { audience: 'parent', topic: 'money', message: 'Hallo' });
  await page.locator('#contact-website').fill('http://spam.example', { force: true });
  await page.waitForTimeout(MIN_FILL_MS);
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('030 200 1234');
  await context.close();
});

test('past the hourly limit a sender is refused with the phone number', async ({ browser }) => {
  test.setTimeout(150_000);
  await awayFromHourBoundary();
  // Another loopback address than the other tests use, so this sender has a bucket of its own.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://[::1]:${E2E_PORT}` });
  const page = await context.newPage();
  for (let i = 0; i <= E2E_CONTACT_LIMIT; i += 1) {
    await page.goto('/en/contact');
    await fillContactForm(page, { audience: 'professional', topic: 'other', message: `Question ${i}` });
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Send' }).click();
    if (i < E2E_CONTACT_LIMIT) await expect(page.getByTestId('reference-code')).toBeVisible();
  }
  await expect(page.getByTestId('error-summary')).toContainText('Too many messages');
  await expect(page.getByTestId('error-summary')).toContainText('030 200 1234');
  await context.close();
});

test('when the database cannot store the request, the person is told to call, in their language', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-test-fault': 'database-down' },
  });
  const page = await context.newPage();
  await page.goto('/en/contact');
  await fillContactForm(page, { audience: 'recipient', topic: 'addiction', message: 'Not stored' });
  await page.waitForTimeout(MIN_FILL_MS);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('could not be saved right now');
  await expect(page.getByTestId('error-summary').getByRole('link', { name: '030 200 1234' })).toBeVisible();
  await context.close();
  const log = readFileSync(`data/logs/e2e-server-${E2E_PORT}.log`, 'utf8');
  expect(log).toContain('contact.store_failed');
  expect(log).not.toContain('Not stored');
});

test('the team is notified by e-mail without any content of the request', async ({ page }) => {
  test.setTimeout(60_000);
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, '127.0.0.1', resolve));
  try {
    const secret = `Geheim ${randomUUID()}`;
    await page.goto('/nl/contact');
    await fillContactForm(page, {
      audience: 'recipient',
      topic: 'addiction',
      message: secret,
      reach: 'email',
      email: 'iemand@example.com',
    });
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await expect(page.getByTestId('reference-code')).toBeVisible();
    await expect
      .poll(() => received.some((mail) => mail.includes('verslavingszorg@uitweg.example')), {
        timeout: 20_000,
      })
      .toBe(true);
    for (const mail of received) {
      expect(mail).toContain('/staff/inbox');
      expect(mail).not.toContain(secret);
      expect(mail).not.toContain('iemand@example.com');
    }
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});
