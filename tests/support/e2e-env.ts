/** The environment of the production server the browser tests run against (its own port and database file). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_FILE = `data/e2e-${E2E_PORT}.db`;
/** The local SMTP server the contact tests start to receive team notifications. */
export const E2E_SMTP_PORT = E2E_PORT + 1000;
/** Submissions per hour per sender address (the over-limit test sends one more from another address). */
export const E2E_CONTACT_LIMIT = 8;
/** Status look-ups per hour per address (the over-limit test sends one more from another address). */
export const E2E_STATUS_LOOKUP_LIMIT = 8;
/**
 * The server reached over IPv6 loopback: to the server a sender other than 127.0.0.1, with rate-limit buckets of its
 * own. (Other 127.x addresses do not help: the kernel sends from 127.0.0.1 to all of them.)
 */
export const OTHER_SENDER_URL = `http://[::1]:${E2E_PORT}`;

export const E2E_SERVER_ENV: Record<string, string> = {
  DATABASE_URL: `file:./${E2E_DATABASE_FILE}`,
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
  SITE_URL: E2E_BASE_URL,
  // `next start` would set NODE_ENV=production, where the configuration refuses TEST_CLOCK.
  NODE_ENV: 'test',
  TEST_CLOCK: 'true',
  SEED_DEMO: 'always',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_MANUAL_SIG_HANDLE: 'true',
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  NOTIFY_INTERVAL_SECONDS: '1',
  CONTACT_MIN_FILL_SECONDS: '4',
  CONTACT_LIMIT_PER_HOUR: String(E2E_CONTACT_LIMIT),
  STATUS_LOOKUP_LIMIT_PER_HOUR: String(E2E_STATUS_LOOKUP_LIMIT),
};
