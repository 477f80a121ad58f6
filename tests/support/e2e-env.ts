/** The environment of the production server the browser tests run against (its own port and database file). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_FILE = `data/e2e-${E2E_PORT}.db`;

export const E2E_SERVER_ENV: Record<string, string> = {
  DATABASE_URL: `file:./${E2E_DATABASE_FILE}`,
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
  SITE_URL: E2E_BASE_URL,
  TEST_CLOCK: 'true',
  SEED_DEMO: 'always',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_MANUAL_SIG_HANDLE: 'true',
};
