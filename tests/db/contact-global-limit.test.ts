import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueFormToken } from '@/lib/contact/form-timing';
import { createChallenge } from '@/lib/contact/proof-of-work';
import { encodeSolution, solveChallenge } from '@/lib/contact/proof-of-work-solver';
import { createDb } from '@/lib/server/db/client';
import { DEMO_ROUTING_RULES, DEMO_TEAMS } from '@/lib/server/seed/demo-content';
import { createTestDatabase, type TestDatabase, testEngines } from '../support/databases';

const SECRET = 'global-limit-test-secret-global-limit!!';
const CEILING = 8;
Object.assign(process.env, {
  HELPLINE_NUMBER: '+31302001234',
  ENCRYPTION_KEYS: 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=',
  APP_SECRET: SECRET,
  CONTACT_MIN_FILL_SECONDS: '0',
  // Per address far above the ceiling, so only the ceiling is tested here.
  CONTACT_LIMIT_PER_HOUR: '1000',
  CONTACT_GLOBAL_LIMIT_PER_HOUR: String(CEILING),
});
const { submitContactRequest } = await import('@/lib/server/contact/submit');
const { powSecret } = await import('@/lib/server/contact/abuse');

const engines = await testEngines();
const valid = { audience: 'recipient', topic: 'exit', message: 'Hallo', reach: 'none' };

function form(at: Date, pow?: string): FormData {
  const data = new FormData();
  data.set('started', issueFormToken(SECRET, new Date(at.getTime() - 5_000)));
  for (const [name, value] of Object.entries(valid)) data.set(name, value);
  if (pow) data.set('pow', pow);
  return data;
}

async function solvedProof(at: Date): Promise<string> {
  const challenge = createChallenge({ secret: powSecret(), now: at, maxNumber: 20 });
  const number = await solveChallenge(challenge);
  if (number === null) throw new Error('unsolvable challenge');
  return encodeSolution(challenge, number);
}

/** Lines written to stderr (warnings) while `run` ran. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    stderr.mockRestore();
  }
  return lines;
}

describe.each(engines)('the global hourly ceiling on contact requests on %s', (engine) => {
  // A day of its own per engine: the once-per-hour warning is remembered per process, not per database.
  const day = engine === 'sqlite' ? '2026-11-29' : '2026-11-30';
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(engine);
    await test.db.team.createMany({ data: [...DEMO_TEAMS] });
    await test.db.routingRule.createMany({ data: [...DEMO_ROUTING_RULES] });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('keeps half the ceiling for senders whose phone solved the proof of work, and logs each limit once', async () => {
    const hour = new Date(`${day}T10:20:00Z`);
    const outcomes: string[] = [];
    const logged = await warnings(async () => {
      // A flood without JavaScript from many addresses: it gets half the ceiling, and its refusals use up nothing.
      for (let i = 0; i < 12; i += 1) {
        const result = await submitContactRequest(test.db, form(hour), `198.51.100.${i + 1}`, hour);
        outcomes.push(result.ok ? 'stored' : result.formError);
      }
      // People whose phone solved the proof of work still get the rest of the hour's ceiling, then no more.
      for (let i = 0; i < 6; i += 1) {
        const result = await submitContactRequest(
          test.db,
          form(hour, await solvedProof(hour)),
          `203.0.113.${i + 1}`,
          hour,
        );
        outcomes.push(result.ok ? 'stored' : result.formError);
      }
    });
    expect(outcomes).toEqual([
      ...Array<string>(CEILING / 2).fill('stored'),
      ...Array<string>(12 - CEILING / 2).fill('busy'),
      ...Array<string>(CEILING / 2).fill('stored'),
      ...Array<string>(6 - CEILING / 2).fill('busy'),
    ]);
    expect(await test.db.contactRequest.count()).toBe(CEILING);

    const events = logged.map((line) => JSON.parse(line) as { level: string; event: string });
    expect(events.filter((entry) => entry.event === 'contact.global_limit_without_pow_reached')).toHaveLength(
      1,
    );
    expect(events.filter((entry) => entry.event === 'contact.global_limit_reached')).toHaveLength(1);
    for (const entry of events) expect(entry.level).toBe('warn');
    expect(logged.join('')).not.toMatch(/198\.51\.100|203\.0\.113/);

    // The next hour starts afresh.
    const next = new Date(`${day}T11:05:00Z`);
    expect((await submitContactRequest(test.db, form(next), '198.51.100.99', next)).ok).toBe(true);
  });

  it('holds exactly across two instances (two connection pools) at the same moment', async () => {
    const hour = new Date(`${day}T14:30:00Z`);
    const second = createDb(test.url);
    try {
      const proofs = await Promise.all(Array.from({ length: 20 }, () => solvedProof(hour)));
      const before = await test.db.contactRequest.count();
      const results = await Promise.all(
        proofs.map((proof, i) =>
          submitContactRequest(i % 2 === 0 ? test.db : second, form(hour, proof), `192.0.2.${i + 1}`, hour),
        ),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(CEILING);
      expect(results.filter((result) => !result.ok && result.formError === 'busy')).toHaveLength(
        20 - CEILING,
      );
      expect(await test.db.contactRequest.count()).toBe(before + CEILING);
    } finally {
      await second.$disconnect();
    }
  });
});
