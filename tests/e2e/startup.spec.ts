import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { E2E_SERVER_ENV } from '../support/e2e-env';

/** Starts the production server with a broken setting and returns what it printed; it must exit on its own. */
function startWith(overrides: Record<string, string | undefined>) {
  const env: Record<string, string | undefined> = { ...process.env, ...E2E_SERVER_ENV, ...overrides };
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];
  const result = spawnSync('npx', ['next', 'start', '-p', '3299'], {
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

test.describe('start-up configuration errors', () => {
  test.setTimeout(60_000);

  test('a wrong DATABASE_URL stops the server with one line naming it', () => {
    const { status, stderr } = startWith({ DATABASE_URL: 'mysql://db/uitweg' });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Configuration error: DATABASE_URL must start with file:/);
    expect(stderr).not.toMatch(/\bat \S+ \(/);
  });

  test('a missing secret stops the server with one line naming it', () => {
    // Empty rather than unset: Next would otherwise fill it in from a local .env file.
    const { status, stderr } = startWith({ APP_SECRET: '' });
    expect(status).toBe(1);
    expect(stderr).toBe('Configuration error: APP_SECRET is required (see .env.example).');
  });
});
