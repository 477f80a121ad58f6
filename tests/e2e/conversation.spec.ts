import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, type Response, test } from '@playwright/test';
import {
  clearLookupDelays,
  clearVisitorLimits,
  findConversation,
  seedTeamReply,
} from '../support/conversations';
import { withE2eDb } from '../support/e2e-db';
import { awayFromHourBoundary } from '../support/hour-buckets';
import { E2E_PORT } from '../support/e2e-env';
import { signIn, STAFF } from '../support/staff';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MIN_FILL_MS = 4_100;
const HOUR = 3_600_000;
const KEY = /^\d{4} \d{4} \d{4} \d{4}$/;

const COPY = {
  nl: {
    contact: '/nl/contact',
    conversation: '/nl/gesprek',
    reach: 'Antwoord hier op de website',
    send: 'Verstuur',
    started: 'Je bericht is verstuurd',
    goToConversation: 'Ga naar je gesprek',
    keyLabel: 'Je sleutel',
    open: 'Open je gesprek',
    messageLabel: 'Je bericht',
    sent: 'Je bericht is verstuurd.',
    newAnswer: 'Er is een nieuw antwoord voor je.',
    deleteSummary: 'Wis dit gesprek',
    deleteButton: 'Ja, wis dit gesprek',
    deleted: 'Gesprek gewist',
    notFound: 'We vinden geen gesprek met deze sleutel.',
    you: 'Jij',
  },
  en: {
    contact: '/en/contact',
    conversation: '/en/conversation',
    reach: 'Get the answer here on this website',
    send: 'Send',
    started: 'Your message has been sent',
    goToConversation: 'Go to your conversation',
    keyLabel: 'Your key',
    open: 'Open your conversation',
    messageLabel: 'Your message',
    sent: 'Your message has been sent.',
    newAnswer: 'There is a new answer for you.',
    deleteSummary: 'Delete this conversation',
    deleteButton: 'Yes, delete this conversation',
    deleted: 'Conversation deleted',
    notFound: 'We find no conversation with this key.',
    you: 'You',
  },
} as const;

/**
 * Key look-ups are limited per address on the server's own clock (a test header never moves a limit), and every
 * browser test comes from the same loopback address: each test starts with fresh limits instead.
 */
test.beforeEach(() => clearVisitorLimits());

interface Watch {
  urls: string[];
  cookies: string[];
  pageResponses: { url: string; method: string; cacheControl: string }[];
}

/** Every request URL, every Set-Cookie, and the caching of every answer to our contact and conversation pages. */
function watch(context: BrowserContext, paths: string[]): Watch {
  const seen: Watch = { urls: [], cookies: [], pageResponses: [] };
  context.on('request', (request) => seen.urls.push(request.url()));
  context.on('response', (response: Response) => {
    void (async () => {
      const headers = await response.allHeaders().catch(() => ({}) as Record<string, string>);
      if (headers['set-cookie']) seen.cookies.push(`${response.url()}: ${headers['set-cookie']}`);
      if (paths.includes(new URL(response.url()).pathname))
        seen.pageResponses.push({
          url: response.url(),
          method: response.request().method(),
          cacheControl: headers['cache-control'] ?? '',
        });
    })();
  });
  return seen;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
  );
}

const requestRow = (id: string) =>
  withE2eDb(
    (db) =>
      db
        .prepare(
          'SELECT "status", "conversationKeyHash", "messageCipher" FROM "ContactRequest" WHERE "id" = ?',
        )
        .get(id) as { status: string; conversationKeyHash: string | null; messageCipher: string | null },
  );
const messageCount = (id: string) =>
  withE2eDb(
    (db) =>
      (
        db.prepare('SELECT COUNT(*) AS n FROM "ConversationMessage" WHERE "requestId" = ?').get(id) as {
          n: number;
        }
      ).n,
  );

for (const { locale, js } of [
  { locale: 'nl', js: true },
  { locale: 'nl', js: false },
  { locale: 'en', js: true },
  { locale: 'en', js: false },
] as const) {
  test(`${locale}, JavaScript ${js ? 'on' : 'off'}: start a conversation, read the answer, write back, delete it`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const copy = COPY[locale];
    const context = await browser.newContext({
      javaScriptEnabled: js,
      locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
    });
    const seen = watch(context, [copy.contact, copy.conversation]);
    const page = await context.newPage();
    const first = `Ik wil eruit, schrijf me hier terug ${randomUUID()}`;

    // Start from the contact form.
    await page.goto(copy.contact);
    await page.locator('input[name="audience"][value="recipient"]').check();
    await page.locator('input[name="topic"][value="exit"]').check();
    await page.locator('textarea[name="message"]').fill(first);
    await page.getByRole('radio', { name: copy.reach }).check();
    if (js) await expect(page.locator('input[name="pow"]')).not.toHaveValue('', { timeout: 15_000 });
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: copy.send, exact: true }).click();

    // The answer to the post shows the key, once; nothing about it in the address.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.started);
    const key = ((await page.getByTestId('conversation-key').textContent()) ?? '').trim();
    expect(key).toMatch(KEY);
    const digits = key.replace(/ /g, '');
    expect(page.url()).toBe(new URL(copy.contact, page.url()).href);
    await expect(
      page.getByRole('button', { name: locale === 'nl' ? 'Kopieer de sleutel' : 'Copy the key' }),
    ).toHaveCount(js ? 1 : 0);
    if (js) expect(await axeViolations(page)).toEqual([]);
    const conversation = findConversation(key, first);

    // Open it with the key, typed the way people do (dashes instead of spaces).
    await page.getByRole('link', { name: copy.goToConversation }).click();
    await expect(page).toHaveURL(new RegExp(`${copy.conversation}$`));
    if (js) expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(copy.keyLabel).fill(key.replace(/ /g, '-'));
    if (js) await expect(page.locator('input[name="pow"]')).not.toHaveValue('', { timeout: 15_000 });
    await page.getByRole('button', { name: copy.open }).click();
    const messages = page.getByTestId('conversation-messages').locator('li');
    await expect(messages).toHaveCount(1);
    await expect(messages.first()).toContainText(first);
    await expect(messages.first()).toContainText(copy.you);

    // A case worker answers (written to the database as the staff side does); the person writes back.
    const answer = `We lezen je bericht. Wil je vertellen wat er speelt? ${randomUUID()}`;
    seedTeamReply(conversation, answer, 'Sam');
    const second = `Dank je, ik wil praten ${randomUUID()}`;
    await page.getByLabel(copy.messageLabel).fill(second);
    if (js)
      await expect(page.locator('form:has(textarea) input[name="pow"]')).not.toHaveValue('', {
        timeout: 15_000,
      });
    await page.getByRole('button', { name: copy.send, exact: true }).click();
    await expect(page.getByText(copy.sent, { exact: true })).toBeVisible();
    await expect(page.getByText(copy.newAnswer)).toBeVisible();
    await expect(messages).toHaveCount(3);
    await expect(messages.nth(0)).toContainText(first);
    await expect(messages.nth(1)).toContainText(answer);
    await expect(messages.nth(1)).toContainText('Sam');
    await expect(messages.nth(1)).toHaveAttribute('data-author', 'team');
    await expect(messages.nth(2)).toContainText(second);
    // Days only, never a time of day.
    await expect(messages.nth(1)).not.toContainText(/\d{1,2}:\d{2}/);
    if (js) expect(await axeViolations(page)).toEqual([]);
    expect(page.url()).toBe(new URL(copy.conversation, page.url()).href);

    // Delete it: a confirmation step, then gone for good.
    await page.getByText(copy.deleteSummary, { exact: true }).click();
    await page.getByRole('button', { name: copy.deleteButton }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.deleted);
    expect(requestRow(conversation.id)).toMatchObject({
      status: 'deleted',
      conversationKeyHash: null,
      messageCipher: null,
    });
    expect(messageCount(conversation.id)).toBe(0);

    // A wrong key and the deleted key get the same answer, with the helpline.
    const answerFor = async (typed: string) => {
      await page.goto(copy.conversation);
      await page.getByLabel(copy.keyLabel).fill(typed);
      await page.getByRole('button', { name: copy.open }).click();
      const summary = page.getByTestId('error-summary');
      await expect(summary).toContainText(copy.notFound);
      await expect(summary.getByRole('link', { name: '030 200 1234' })).toHaveAttribute(
        'href',
        'tel:+31302001234',
      );
      return (await summary.textContent()) ?? '';
    };
    const wrong = digits.startsWith('9') ? `1${digits.slice(1)}` : `9${digits.slice(1)}`;
    const forWrong = await answerFor(wrong);
    // The delay after a wrong key is one second: let it pass, so the second answer is not "wait".
    await page.waitForTimeout(1_200);
    const forDeleted = await answerFor(key);
    expect(forDeleted).toBe(forWrong);

    // The key was in no address, request or history entry; no cookie; no caching of any of these pages.
    for (const url of seen.urls) {
      expect(url).not.toContain(digits);
      expect(decodeURIComponent(url).replace(/\D/g, '')).not.toContain(digits);
    }
    expect(
      await page.evaluate(() => history.state === null || !JSON.stringify(history.state).match(/\d{16}/)),
    ).toBe(true);
    // Nor in the server's log, nor any message.
    const log = readFileSync(`data/logs/e2e-server-${E2E_PORT}.log`, 'utf8');
    for (const secret of [digits, key, first, second, answer]) expect(log).not.toContain(secret);
    expect(seen.cookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(seen.pageResponses.length).toBeGreaterThan(5);
    expect(seen.pageResponses.some((response) => response.method === 'POST')).toBe(true);
    for (const response of seen.pageResponses)
      expect(response.cacheControl, `${response.method} ${response.url}`).toContain('no-store');
    await context.close();
  });
}

test('Back after reading a conversation shows the empty key form, and a restored page is emptied', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = `Terug-knop ${randomUUID()}`;
  await page.goto('/nl/contact?reach=conversation');
  await expect(page.getByRole('radio', { name: COPY.nl.reach })).toBeChecked();
  await page.locator('input[name="audience"][value="parent"]').check();
  await page.locator('input[name="topic"][value="money"]').check();
  await page.locator('textarea[name="message"]').fill(first);
  await expect(page.locator('input[name="pow"]')).not.toHaveValue('', { timeout: 15_000 });
  await page.waitForTimeout(MIN_FILL_MS);
  await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
  const key = ((await page.getByTestId('conversation-key').textContent()) ?? '').trim();

  await page.goto('/nl/gesprek');
  await page.getByLabel('Je sleutel').fill(key);
  await page.getByRole('button', { name: 'Open je gesprek' }).click();
  await expect(page.getByTestId('conversation-messages')).toContainText(first);

  await page.goto('/nl/privacy');
  await page.goBack();
  await expect(page.getByLabel('Je sleutel')).toBeVisible();
  await expect(page.getByLabel('Je sleutel')).toHaveValue('');
  await expect(page.getByText(first)).toHaveCount(0);

  // Where a browser restores the page from the back/forward cache anyway, the enhancement empties it and loads it
  // afresh. (Chromium does not keep no-store pages, so the restore is simulated.)
  await page.getByLabel('Je sleutel').fill(key);
  await page.getByRole('button', { name: 'Open je gesprek' }).click();
  await expect(page.getByTestId('conversation-messages')).toContainText(first);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await reloaded;
  await expect(page.getByLabel('Je sleutel')).toHaveValue('');
  await expect(page.getByText(first)).toHaveCount(0);
  await context.close();
});

test('wrong keys from one address are throttled, and the answer says when to try again', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await awayFromHourBoundary();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const tryKey = async (typed: string) => {
    await page.goto('/en/conversation');
    await page.getByLabel('Your key').fill(typed);
    await page.getByRole('button', { name: 'Open your conversation' }).click();
    return page.getByTestId('error-summary');
  };
  await expect(await tryKey('1111 2222 3333 4444')).toContainText('We find no conversation with this key.');
  // Straight after a wrong key: wait a moment.
  await expect(await tryKey('1111 2222 3333 4445')).toContainText('Try again in half a minute.');
  // Past the hourly limit without proof of work (10 in the browser tests' configuration): a clock time. The delays
  // after wrong keys are taken away in between, as if the person waited each time.
  for (let attempt = 1; attempt < 9; attempt += 1) {
    clearLookupDelays();
    await expect(await tryKey(`1111 2222 3333 ${5000 + attempt}`)).toContainText('no conversation');
  }
  clearLookupDelays();
  const nextHour = (Math.floor(Date.now() / HOUR) + 1) * HOUR;
  const hour = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(nextHour));
  await expect(await tryKey('1111 2222 3333 6000')).toContainText(`Try again after ${hour}.`);
  await context.close();
});

test('the landing page offers writing anonymously with the reply promise; the privacy page explains it', async ({
  page,
}) => {
  await page.goto('/nl');
  const channel = page.getByTestId('conversation-channel');
  await expect(channel).toContainText('binnen 2 werkdagen');
  await channel.getByRole('link', { name: 'Schrijf ons, anoniem, zonder telefoonnummer' }).click();
  await expect(page).toHaveURL(/\/nl\/contact\?reach=conversation$/);
  const option = page.getByRole('radio', { name: 'Antwoord hier op de website' });
  await expect(option).toBeChecked();
  await expect(option).toHaveAccessibleDescription(/binnen 2 werkdagen/);

  for (const [path, title] of [
    ['/nl/privacy', 'Als je een gesprek begint op de website'],
    ['/en/privacy', 'If you start a conversation on this website'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.locator('#conversation-data')).toContainText(
      path.startsWith('/nl') ? '60 dagen' : '60 days',
    );
    // What is kept besides the message: the page language (so the team answers in it) and the wave.
    await expect(page.locator('#contact-data')).toContainText(
      path.startsWith('/nl') ? 'in welke taal je de pagina las' : 'the language of the page you used',
    );
  }
});

test('A conversation started on the Polish page tells the case worker which language the person wrote in', async ({
  browser,
}) => {
  const visitor = await browser.newContext({ javaScriptEnabled: false, locale: 'pl-PL' });
  const page = await visitor.newPage();
  const first = `Chcę przestać, napiszcie tutaj ${randomUUID()}`;
  await page.goto('/pl/kontakt?reach=conversation');
  await page.locator('input[name="audience"][value="recipient"]').check();
  await page.locator('input[name="topic"][value="exit"]').check();
  await page.locator('textarea[name="message"]').fill(first);
  await expect(page.locator('input[type="radio"][name="reach"][value="conversation"]')).toBeChecked();
  await page.waitForTimeout(MIN_FILL_MS);
  await page.locator('form:has(textarea[name="message"]) button[type="submit"]').click();
  const key = ((await page.getByTestId('conversation-key').textContent()) ?? '').trim();
  expect(key).toMatch(KEY);
  const conversation = findConversation(key, first);
  expect(
    withE2eDb((db) =>
      db.prepare('SELECT "locale" FROM "ContactRequest" WHERE "id" = ?').get(conversation.id),
    ),
  ).toEqual({ locale: 'pl' });
  await visitor.close();

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, STAFF.caseworker);
  await staffPage.goto('/nl/staff/inbox?status=all');
  await expect(
    staffPage.locator(`tr[data-request-id="${conversation.id}"] td[data-column="language"]`),
  ).toHaveText('Pools');
  await staffPage.goto(`/en/staff/inbox/${conversation.id}`);
  await expect(staffPage.locator('dt', { hasText: 'Language of the page' }).locator('+ dd')).toHaveText(
    'Polish',
  );
  await staff.close();
});
