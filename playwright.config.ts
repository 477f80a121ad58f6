import { mkdirSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';
import { E2E_BASE_URL, E2E_DATABASE_FILE, E2E_PORT, E2E_SERVER_ENV } from './tests/support/e2e-env';

mkdirSync('data/logs', { recursive: true });

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    ...devices['Pixel 5'],
    browserName: 'chromium',
    locale: 'nl-NL',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    // A production build (npm test builds first) on a fresh demo database, so every machine sees the same data.
    // (Not deleted in this file: Playwright loads the config again in each worker, after the server has started.)
    // Its output goes to a log file the privacy tests scan.
    command: `rm -f ${E2E_DATABASE_FILE} ${E2E_DATABASE_FILE}-wal ${E2E_DATABASE_FILE}-shm && npx next start -p ${E2E_PORT} > data/logs/e2e-server-${E2E_PORT}.log 2>&1`,
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...E2E_SERVER_ENV },
  },
});
