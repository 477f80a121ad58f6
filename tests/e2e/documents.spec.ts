import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { amsterdamDay } from '@/lib/counting/time';
import { counterSum, expectCounterToReach } from '../support/e2e-db';
import { E2E_DATABASE_FILE } from '../support/e2e-env';
import { NOT_FOUND_PAGES, VISITOR_PAGES } from '../support/visitor-pages';

/** Every visitor page, the forms included, is a document. */
const DOCUMENTS = [...VISITOR_PAGES, ...NOT_FOUND_PAGES];

test.describe('visitor pages are documents', () => {
  for (const { path } of DOCUMENTS) {
    test(`${path}: no framework script, no inline script, a CSP without nonce or unsafe-inline`, async ({
      request,
    }) => {
      const response = await request.get(path);
      const html = await response.text();
      expect(html).not.toContain('/_next/');
      expect(html).not.toContain('__next_f');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes = '', body] of scripts) {
        expect(attributes).toMatch(/\ssrc="\/assets\/[a-z]+-[\w-]{12}\.js"/);
        expect(attributes).toContain('defer');
        expect(body).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+="/);
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('nonce-');
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }

  test('the stylesheet and scripts are served compressed and kept for a year', async ({ request }) => {
    const html = await (await request.get('/nl')).text();
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets).toHaveLength(2);
    for (const asset of assets) {
      const response = await request.get(asset, { headers: { 'accept-encoding': 'br' } });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-encoding']).toBe('br');
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await request.get('/assets/site-000000000000.css')).status()).toBe(404);
  });

  test('the answer to a form post is a document too, and only the form pages take a post', async ({
    request,
  }) => {
    const answer = await request.post('/en/contact/status', { form: { code: '' } });
    expect(answer.status()).toBe(200);
    const html = await answer.text();
    expect(html).not.toContain('/_next/');
    expect(html).toContain('data-error-summary');
    expect(html).toMatch(/src="\/assets\/forms-/);
    expect(answer.headers()['cache-control']).toBe('private, no-store');
    expect(answer.headers()['set-cookie']).toBeUndefined();
    const json = await request.post('/en/contact/status', { data: { code: 'K7-42QF' } });
    expect(json.status()).toBe(415);
    const elsewhere = await request.post('/en/help/money', { form: { code: 'x' } });
    expect(elsewhere.status()).toBe(405);
    expect(elsewhere.headers()['allow']).toBe('GET, HEAD');
  });

  test('a page that needs no form loads no forms script', async ({ request }) => {
    const html = await (await request.get('/nl/hulp/verslaving')).text();
    expect(html).toMatch(/src="\/assets\/site-/);
    expect(html).not.toMatch(/src="\/assets\/forms-/);
  });
});

test.describe('served from a cache, and always right', () => {
  test('a page cached at 08:59 shows the line open at 09:00', async ({ browser }) => {
    // Tuesday 1 December 2026: the main line opens at 09:00.
    for (const [now, text] of [
      ['2026-12-01T08:59:00+01:00', 'Gesloten. Vandaag open vanaf 09:00 uur.'],
      ['2026-12-01T08:59:30+01:00', 'Gesloten. Vandaag open vanaf 09:00 uur.'],
      ['2026-12-01T09:00:00+01:00', 'Nu open tot 21:00 uur.'],
    ] as const) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'x-test-now': now } });
      const page = await context.newPage();
      await page.goto('/nl');
      await expect(page.getByTestId('help-bar-status')).toContainText(text);
      await context.close();
    }
  });

  test('a helpline edited in the database (as by another instance) shows within 5 seconds', async ({
    request,
  }) => {
    const label = `Jongerenwerk ${Date.now()}`;
    await request.get('/nl');
    const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
    const original = db.prepare(`SELECT "labelNl" FROM "Helpline" WHERE "id" = 'uitweg-line'`).get() as {
      labelNl: string;
    };
    try {
      db.prepare(`UPDATE "Helpline" SET "labelNl" = ? WHERE "id" = 'uitweg-line'`).run(label);
      const started = Date.now();
      await expect.poll(async () => (await request.get('/nl')).text(), { timeout: 7_000 }).toContain(label);
      expect(Date.now() - started).toBeLessThan(6_500);
    } finally {
      db.prepare(`UPDATE "Helpline" SET "labelNl" = ? WHERE "id" = 'uitweg-line'`).run(original.labelNl);
      db.close();
    }
  });

  test('every view is counted while the page comes from the cache', async ({ request }) => {
    const visits = { day: amsterdamDay(new Date()), metric: 'visit', page: 'topic', locale: 'en' };
    const before = counterSum(visits);
    for (let index = 0; index < 25; index += 1) {
      expect((await request.get('/en/help/money')).status()).toBe(200);
    }
    expect(await expectCounterToReach(visits, before + 25)).toBe(before + 25);
  });
});
