import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueFormToken } from '@/lib/contact/form-timing';
import { createDb } from '@/lib/server/db/client';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'rate-limit-test-secret-rate-limit-test!';
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  CONTACT_LIMIT_PER_HOUR: '10',
  CONTACT_MIN_FILL_SECONDS: '0',
});
const { checkSubmission } = await import('@/lib/server/contact/abuse');

const engines = await testEngines();

describe.each(engines)('the contact rate limit on %s', (engine) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('holds across two instances (two connection pools) submitting at the same moment', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const now = new Date('2026-11-29T12:30:00Z');
    const second = createDb(test.url);
    try {
      const form = () => {
        const data = new FormData();
        data.set('started', issueFormToken(SECRET, new Date(now.getTime() - 5_000)));
        return data;
      };
      const attempts = Array.from({ length: 30 }, (_, i) =>
        checkSubmission(i % 2 === 0 ? test.db : second, form(), '192.0.2.77', now),
      );
      const verdicts = await Promise.all(attempts);
      expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(10);
      expect(verdicts.filter((verdict) => !verdict.ok && verdict.reason === 'rate-limited')).toHaveLength(20);
    } finally {
      await second.$disconnect();
    }
  });
});
