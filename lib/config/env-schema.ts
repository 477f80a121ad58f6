import { z } from 'zod';
import { parseVisitorLocales, VISITOR_LOCALES } from '@/lib/i18n/locales';

const e164 = z.string().regex(/^\+[1-9]\d{2,14}$/, 'must be a phone number in E.164 form, e.g. +31302001234');

const databaseUrl = z
  .string()
  .refine(
    (value) => /^file:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value),
    'must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)',
  );

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const visitorLocales = z.string().transform((value, context) => {
  const parsed = parseVisitorLocales(value);
  if (parsed.ok) return parsed.locales;
  context.addIssue({ code: 'custom', message: `${parsed.error} (offered: ${VISITOR_LOCALES.join(', ')})` });
  return z.NEVER;
});

const keyring = z
  .string()
  .regex(
    /^[a-z0-9]{1,16}:[A-Za-z0-9+/=_-]{43,44}(,[a-z0-9]{1,16}:[A-Za-z0-9+/=_-]{43,44})*$/,
    'must be a list like k1:<base64 of 32 random bytes>; create one with `npm run secrets`',
  );

/** Every environment variable the app reads. Documented one by one in .env.example and the README. */
export const envSchema = z.object({
  DATABASE_URL: databaseUrl.default('file:./data/uitweg.db'),
  HELPLINE_NUMBER: e164,
  SITE_URL: z.url().default('http://localhost:3000'),
  QUICK_EXIT_URL: z.url().default('https://www.buienradar.nl/'),
  // The languages of the visitor pages, in the order the language menu lists them; Dutch must be one of them.
  VISITOR_LOCALES: visitorLocales.default([...VISITOR_LOCALES]),
  ENCRYPTION_KEYS: keyring,
  APP_SECRET: z.string().min(32, 'must be at least 32 characters of random text'),
  SEED_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  MIGRATE_ON_START: booleanFlag.default(true),
  TRUST_PROXY: booleanFlag.default(false),
  // Behind TRUST_PROXY: how many proxies of ours append to X-Forwarded-For (nginx alone: 1; a CDN, then nginx: 2).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  COUNTING_ENABLED: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  TEST_CLOCK: booleanFlag.default(false),
  // Staff sign-in: a session ends after this many idle minutes, and in any case this many hours after sign-in.
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  // The inbox marks a request that has waited longer than this many hours without being picked up.
  REQUEST_WAITING_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Uitweg <no-reply@uitweg.invalid>'),
  NOTIFY_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Contact requests per hour per hashed sender address, with or without proof of work (shared behind a carrier NAT).
  CONTACT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(6),
  // Accepted contact requests per hour over all addresses; without proof of work only the first half of them.
  CONTACT_GLOBAL_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(120),
  CONTACT_MIN_FILL_SECONDS: z.coerce.number().min(0).max(600).default(3),
  // Status look-ups by reference code per hour: per hashed address, and over all addresses.
  STATUS_LOOKUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  STATUS_LOOKUP_GLOBAL_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  // Anonymous conversations: deleted this many days after the last message; key look-ups per hour per hashed
  // address (with and without proof of work) and for the whole site.
  CONVERSATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(60),
  CONVERSATION_LOOKUPS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(30),
  CONVERSATION_LOOKUPS_PER_HOUR_WITHOUT_POW: z.coerce.number().int().min(1).max(10_000).default(10),
  CONVERSATION_LOOKUPS_GLOBAL_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(3000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.output<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Parses the environment; on failure the message is one line naming every bad variable and never echoes values. */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) {
    const env = result.data;
    // A request header must not move any clock of a real site, whatever its database (the browser tests run
    // `next start` with NODE_ENV=test).
    if (env.TEST_CLOCK && env.NODE_ENV === 'production') {
      return {
        ok: false,
        message: 'Configuration error: TEST_CLOCK must not be enabled in production (NODE_ENV=production).',
      };
    }
    return { ok: true, env };
  }
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || 'environment';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return `${name} ${missing ? 'is required' : issue.message}`;
  });
  return { ok: false, message: `Configuration error: ${problems.join('; ')} (see .env.example).` };
}

export function isPostgres(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//.test(databaseUrl);
}
