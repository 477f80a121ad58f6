import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

const valid = {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'x'.repeat(40),
};

describe('parseEnv', () => {
  it('offers every visitor language unless VISITOR_LOCALES says otherwise, and refuses a list without Dutch', () => {
    const all = parseEnv(valid);
    expect(all.ok && all.env.VISITOR_LOCALES).toEqual(['nl', 'en', 'pl', 'tr', 'ar']);
    const some = parseEnv({ ...valid, VISITOR_LOCALES: 'nl,ar' });
    expect(some.ok && some.env.VISITOR_LOCALES).toEqual(['nl', 'ar']);
    const wrong = parseEnv({ ...valid, VISITOR_LOCALES: 'en,de' });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/VISITOR_LOCALES unknown language\(s\): de/);
  });

  it('fills in defaults for the embedded set-up', () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env).toMatchObject({
      DATABASE_URL: 'file:./data/uitweg.db',
      SEED_DEMO: 'auto',
      MIGRATE_ON_START: true,
      TRUST_PROXY: false,
      TRUSTED_PROXY_HOPS: 1,
    });
  });

  it('has one contact limit per address, a global ceiling and status look-up limits', () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env).toMatchObject({
      CONTACT_LIMIT_PER_HOUR: 6,
      CONTACT_GLOBAL_LIMIT_PER_HOUR: 120,
      STATUS_LOOKUP_LIMIT_PER_HOUR: 20,
      STATUS_LOOKUP_GLOBAL_LIMIT_PER_HOUR: 2000,
    });
    expect(result.ok && result.env).not.toHaveProperty('CONTACT_LIMIT_PER_HOUR_WITHOUT_POW');
    for (const name of [
      'CONTACT_LIMIT_PER_HOUR',
      'CONTACT_GLOBAL_LIMIT_PER_HOUR',
      'STATUS_LOOKUP_LIMIT_PER_HOUR',
      'STATUS_LOOKUP_GLOBAL_LIMIT_PER_HOUR',
    ]) {
      expect(parseEnv({ ...valid, [name]: '0' })).toMatchObject({ ok: false });
      expect(parseEnv({ ...valid, [name]: 'many' })).toMatchObject({ ok: false });
      const parsed = parseEnv({ ...valid, [name]: '50' });
      expect(parsed.ok && parsed.env[name as keyof typeof parsed.env]).toBe(50);
    }
  });

  it('takes the number of trusted proxy hops as a small whole number', () => {
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: '2' })).toMatchObject({
      ok: true,
      env: { TRUSTED_PROXY_HOPS: 2 },
    });
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: '0' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: '1.5' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, TRUSTED_PROXY_HOPS: 'all' })).toMatchObject({ ok: false });
  });

  it('accepts PostgreSQL urls', () => {
    expect(parseEnv({ ...valid, DATABASE_URL: 'postgresql://u:p@db:5432/uitweg' }).ok).toBe(true);
    expect(parseEnv({ ...valid, DATABASE_URL: 'postgres://db/uitweg' }).ok).toBe(true);
  });

  it('names a wrong DATABASE_URL in one line without echoing its value', () => {
    const result = parseEnv({ ...valid, DATABASE_URL: 'mysql://secret-password@db/x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Configuration error: DATABASE_URL must start with file:/);
    expect(result.message).not.toContain('secret-password');
    expect(result.message).not.toContain('\n');
  });

  it('names every missing secret', () => {
    const result = parseEnv({ HELPLINE_NUMBER: valid.HELPLINE_NUMBER });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('ENCRYPTION_KEYS is required');
    expect(result.message).toContain('APP_SECRET is required');
  });

  it('treats empty values as missing and rejects malformed ones', () => {
    expect(parseEnv({ ...valid, APP_SECRET: '' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, HELPLINE_NUMBER: '030 123' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, ENCRYPTION_KEYS: 'k1:short' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, TRUST_PROXY: 'yes' })).toMatchObject({ ok: false });
  });

  it('refuses the test clock in production on PostgreSQL', () => {
    const production = {
      ...valid,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/uitweg',
      TEST_CLOCK: 'true',
    };
    expect(parseEnv(production)).toMatchObject({ ok: false });
    expect(parseEnv({ ...production, TEST_CLOCK: 'false' })).toMatchObject({ ok: true });
  });

  it('refuses the test clock whenever NODE_ENV=production, on SQLite too', () => {
    const production = { ...valid, NODE_ENV: 'production', TEST_CLOCK: 'true' };
    const result = parseEnv(production);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(
      /^Configuration error: TEST_CLOCK must not be enabled in production/,
    );
    expect(parseEnv({ ...production, DATABASE_URL: 'file:./data/other.db' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...production, TEST_CLOCK: 'false' })).toMatchObject({ ok: true });
    // The browser tests run `next start` with NODE_ENV=test.
    expect(parseEnv({ ...production, NODE_ENV: 'test' })).toMatchObject({ ok: true });
  });

  it('has defaults for the conversation settings and refuses nonsense', () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env).toMatchObject({
      CONVERSATION_RETENTION_DAYS: 60,
      CONVERSATION_LOOKUPS_PER_HOUR: 30,
      CONVERSATION_LOOKUPS_PER_HOUR_WITHOUT_POW: 10,
      CONVERSATION_LOOKUPS_GLOBAL_PER_HOUR: 3000,
    });
    expect(parseEnv({ ...valid, CONVERSATION_RETENTION_DAYS: '14' })).toMatchObject({
      ok: true,
      env: { CONVERSATION_RETENTION_DAYS: 14 },
    });
    expect(parseEnv({ ...valid, CONVERSATION_RETENTION_DAYS: '0' })).toMatchObject({ ok: false });
    expect(parseEnv({ ...valid, CONVERSATION_LOOKUPS_PER_HOUR: 'many' })).toMatchObject({ ok: false });
  });
});
