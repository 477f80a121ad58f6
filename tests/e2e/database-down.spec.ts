import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_PORT, E2E_SERVER_ENV } from '../support/e2e-env';
import {
  CALL_LABEL,
  HELPLINE,
  LANDING_HEADING,
  NOT_FOUND_PAGES,
  VISITOR_PAGES,
} from '../support/visitor-pages';

/*
 * Sacred: the helpline number always shows, with the database down. A second production server, started here, points
 * at a PostgreSQL address where nothing listens (port 9), and never seeds. Every visitor page must still answer with
 * the number as a working tel: link.
 */
const PORT = E2E_PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const LOG_FILE = `data/logs/e2e-database-down-${PORT}.log`;

let server: ChildProcess | null = null;

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null)
      throw new Error(`The server stopped (exit ${server?.exitCode}); see ${LOG_FILE}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer /api/health in time; see ${LOG_FILE}`);
}

test.describe('with the database down', () => {
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...E2E_SERVER_ENV,
      DATABASE_URL: 'postgresql://127.0.0.1:9/unreachable',
      SEED_DEMO: 'never',
      SITE_URL: BASE,
      // The configuration refuses the test clock in production on PostgreSQL (rightly); it is not needed here.
      TEST_CLOCK: 'false',
      SMTP_URL: 'smtp://127.0.0.1:9',
    };
    const log = createWriteStream(LOG_FILE);
    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.pipe(log);
    server.stderr?.pipe(log);
    await waitForHealth(Date.now() + 60_000);
  });

  test.afterAll(async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });

  test('liveness answers 200 and readiness 503 with the database down', async ({ request }) => {
    const live = await request.get(`${BASE}/api/health`);
    expect(live.status()).toBe(200);
    const ready = await request.get(`${BASE}/api/health/ready`);
    expect(ready.status()).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'down' });
  });

  test('every visitor page answers 200 with the helpline as a tel: link', async ({ page }) => {
    for (const visitorPage of VISITOR_PAGES) {
      await test.step(visitorPage.path, async () => {
        const response = await page.goto(`${BASE}${visitorPage.path}`);
        expect(response?.status(), visitorPage.path).toBe(200);
        // A wave's language is stored with the wave: with the database down a wave link shows the Dutch landing page.
        const locale = visitorPage.path.startsWith('/w/') ? 'nl' : visitorPage.locale;
        const heading = visitorPage.path.startsWith('/w/') ? LANDING_HEADING.nl : visitorPage.heading;
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        const call = page.getByRole('link', { name: CALL_LABEL[locale], exact: true });
        await expect(call).toBeVisible();
        await expect(call).toHaveAttribute('href', HELPLINE.href);
      });
    }
  });

  test('an unknown address still shows the helpline', async ({ page }) => {
    for (const notFound of NOT_FOUND_PAGES) {
      const response = await page.goto(`${BASE}${notFound.path}`);
      expect(response?.status()).toBe(404);
      const call = page.getByRole('link', { name: notFound.call, exact: true });
      await expect(call).toBeVisible();
      await expect(call).toHaveAttribute('href', HELPLINE.href);
    }
  });

  for (const path of ['/nl', '/nl/hulp/verslaving', '/nl/ouders']) {
    test(`${path}: with nothing known about opening hours, the number shows without a status`, async ({
      page,
    }) => {
      await page.goto(`${BASE}${path}`);
      await expect(page.getByRole('link', { name: CALL_LABEL.nl, exact: true })).toHaveAttribute(
        'href',
        HELPLINE.href,
      );
      await expect(page.getByTestId('help-bar-status')).not.toContainText(/open|Gesloten/i);
      // No channel is known: the list offers the configured helpline and the always-available lines, and does not
      // claim that nobody answers the phone (nobody knows).
      const list = page.getByTestId('channel-list');
      const helpline = list.locator(`a[href="${HELPLINE.href}"]`);
      await expect(helpline).toBeVisible();
      await expect(helpline).toContainText(HELPLINE.display);
      await expect(list.getByText('De telefoon is nu niet bemand')).toHaveCount(0);
      await expect(list.getByRole('link', { name: '112, alarmnummer', exact: true })).toHaveAttribute(
        'href',
        'tel:112',
      );
    });
  }
});
