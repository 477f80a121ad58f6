import { describe, expect, it } from 'vitest';
import { parseEnv } from './env-schema';

const valid = {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: 'x'.repeat(40),
};

describe('parseEnv', () => {
  it('fills in defaults for the embedded set-up', () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env).toMatchObject({
      DATABASE_URL: 'file:./data/uitweg.db',
      SEED_DEMO: 'auto',
      MIGRATE_ON_START: true,
      TRUST_PROXY: false,
    });
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
