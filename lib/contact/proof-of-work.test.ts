import { createHash, createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { challengeId, createChallenge, DEFAULT_MAX_NUMBER, verifySolution } from './proof-of-work';
import { encodeSolution, solveChallenge } from './proof-of-work-solver';
import type { PowChallenge } from './proof-of-work-types';

const secret = 'test-secret-with-enough-bytes';
const now = new Date('2026-03-01T10:00:00Z');
const later = (ms: number): Date => new Date(now.getTime() + ms);

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');

async function solved(
  maxNumber = 500,
): Promise<{ challenge: PowChallenge; number: number; payload: string }> {
  const challenge = createChallenge({ secret, now, maxNumber });
  const number = await solveChallenge(challenge);
  if (number === null) throw new Error('no solution found');
  return { challenge, number, payload: encodeSolution(challenge, number) };
}

describe('createChallenge', () => {
  it('returns an ALTCHA-style signed challenge', () => {
    const challenge = createChallenge({ secret, now });
    expect(challenge.algorithm).toBe('SHA-256');
    expect(challenge.maxNumber).toBe(DEFAULT_MAX_NUMBER);
    const expires = Math.floor(now.getTime() / 1000) + 20 * 60;
    expect(challenge.salt).toMatch(new RegExp(`^[0-9a-f]{24}\\?expires=${expires}&$`));
    expect(challenge.challenge).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.signature).toBe(createHmac('sha256', secret).update(challenge.challenge).digest('hex'));
  });

  it('hides a number within [0, maxNumber]', () => {
    const challenge = createChallenge({ secret, now, maxNumber: 50 });
    const hashes = Array.from({ length: 51 }, (_, n) =>
      createHash('sha256')
        .update(challenge.salt + n)
        .digest('hex'),
    );
    expect(hashes).toContain(challenge.challenge);
  });

  it('refuses a weak secret and a nonsensical maxNumber', () => {
    expect(() => createChallenge({ secret: 'short', now })).toThrow(/secret/);
    expect(() => createChallenge({ secret, now, maxNumber: 0 })).toThrow(/maxNumber/);
  });
});

describe('solveChallenge + verifySolution', () => {
  it('solves and verifies, and reports the replay id and expiry', async () => {
    const { challenge, payload } = await solved();
    const result = verifySolution({ secret, now: later(60_000), payload });
    expect(result).toEqual({ ok: true, challengeId: challenge.challenge, expiresAt: later(20 * 60_000) });
    expect(challengeId(payload)).toBe(challenge.challenge);
  });

  it('finds solutions at the edges of the range', async () => {
    for (let i = 0; i < 5; i++) {
      const challenge = createChallenge({ secret, now, maxNumber: 1 });
      const number = await solveChallenge(challenge);
      expect(number === 0 || number === 1).toBe(true);
    }
  });

  it('accepts a Uint8Array secret', async () => {
    const bytes = new TextEncoder().encode(secret);
    const challenge = createChallenge({ secret: bytes, now, maxNumber: 100 });
    const number = await solveChallenge(challenge);
    expect(verifySolution({ secret, now, payload: encodeSolution(challenge, number ?? -1) }).ok).toBe(true);
  });

  it('rejects an expired solution', async () => {
    const { payload } = await solved();
    expect(verifySolution({ secret, now: later(20 * 60_000), payload })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('rejects a wrong number', async () => {
    const { challenge, number } = await solved();
    const payload = encodeSolution(challenge, number + 1);
    expect(verifySolution({ secret, now, payload })).toEqual({ ok: false, reason: 'wrong-solution' });
  });

  it('rejects a tampered signature or another secret', async () => {
    const { challenge, number, payload } = await solved();
    const flipped = (challenge.signature[0] === '0' ? '1' : '0') + challenge.signature.slice(1);
    const forged = encodeSolution({ ...challenge, signature: flipped }, number);
    expect(verifySolution({ secret, now, payload: forged })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifySolution({ secret: 'another-secret-of-enough-bytes', now, payload })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects a self-made challenge, however well solved', async () => {
    const salt = `${'ab'.repeat(12)}?expires=${Math.floor(now.getTime() / 1000) + 600}&`;
    const challenge = createHash('sha256')
      .update(salt + 7)
      .digest('hex');
    const payload = encode({ algorithm: 'SHA-256', salt, challenge, number: 7, signature: 'f'.repeat(64) });
    expect(verifySolution({ secret, now, payload })).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('does not let digits of the number extend the expiry', async () => {
    const { challenge, number, payload } = await solved(5000);
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString()) as Record<string, unknown>;
    // Same hashed string, with the first digit of the number moved into the salt.
    const digits = String(number);
    if (digits.length < 2) return;
    const moved = {
      ...decoded,
      salt: challenge.salt.replace(/&$/, '') + digits[0] + '&',
      number: Number(digits.slice(1)),
    };
    expect(verifySolution({ secret, now: later(10 ** 12), payload: encode(moved) }).ok).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['not base64 JSON', 'bm90IGpzb24='],
    ['JSON null', encode(null)],
    ['an array', encode([1, 2])],
    ['a huge payload', 'A'.repeat(5000)],
  ])('reports %s as malformed', (_label, payload) => {
    expect(verifySolution({ secret, now, payload })).toEqual({ ok: false, reason: 'malformed' });
    expect(challengeId(payload)).toBeNull();
  });

  it('reports missing or mistyped fields as malformed', async () => {
    const { payload } = await solved();
    const valid = JSON.parse(Buffer.from(payload, 'base64').toString()) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { ...valid, algorithm: 'SHA-1' },
      { ...valid, salt: 'abc' },
      { ...valid, salt: String(valid.salt).replace(/\?expires=\d+&/, '') },
      { ...valid, challenge: 'XYZ' },
      { ...valid, signature: 12 },
      { ...valid, number: '42' },
      { ...valid, number: -1 },
      { ...valid, number: 1.5 },
    ];
    for (const variant of variants) {
      expect(verifySolution({ secret, now, payload: encode(variant) })).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });
});

describe('solveChallenge', () => {
  it('returns null for an unsolvable (tampered) challenge', async () => {
    const challenge = createChallenge({ secret, now, maxNumber: 300 });
    expect(await solveChallenge({ ...challenge, challenge: '0'.repeat(64) })).toBeNull();
  });

  it('returns null for an unusable challenge', async () => {
    const challenge = createChallenge({ secret, now, maxNumber: 10 });
    expect(await solveChallenge({ ...challenge, challenge: 'not hex' })).toBeNull();
  });

  it('stops when aborted', async () => {
    const challenge = createChallenge({ secret, now, maxNumber: 1_000_000 });
    const controller = new AbortController();
    const solving = solveChallenge(
      { ...challenge, challenge: '0'.repeat(64) },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    expect(await solving).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('solves the default difficulty', async () => {
    const challenge = createChallenge({ secret, now });
    const number = await solveChallenge(challenge);
    expect(number).not.toBeNull();
    expect(verifySolution({ secret, now, payload: encodeSolution(challenge, number ?? -1) }).ok).toBe(true);
  });
});
