// Server-only by nature (node:crypto and the HMAC secret).
//
// A self-hosted, cookie-free proof of work in the style of ALTCHA: the browser must find `number` such
// that SHA-256(salt + number) equals the signed challenge. It costs a real visitor about a second once,
// but makes bulk-submitting the contact form expensive, without a third-party CAPTCHA that would leak
// visitors of a sensitive site to an ad company. It is a speed bump, not an identity check: combine it
// with rate limiting, and reject replays by storing `challengeId()` of accepted solutions until expiry.
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

import { POW_ALGORITHM, type PowChallenge, type PowSolution } from './proof-of-work-types';

// Expected work is maxNumber / 2 hashes, worst case maxNumber. The batched solver does ~40-50k Web Crypto
// digests/s in Node on a small server; a low-end phone is assumed to manage 25k+, which keeps the worst
// case near 2 s. That phone figure is an estimate: measure on a real cheap device before raising this.
export const DEFAULT_MAX_NUMBER = 50_000;
// Long enough to read the page and write a message before pressing send.
export const DEFAULT_TTL_MS = 20 * 60 * 1000;

const MIN_SECRET_BYTES = 16;
const MAX_PAYLOAD_CHARS = 2048;
const HEX64 = /^[0-9a-f]{64}$/;
// Our own salts only. The trailing '&' matters: salt and number are hashed as one string, so without a
// terminator a client could move leading digits of `number` into `expires` (same hash, later expiry).
const SALT = /^[0-9a-f]{24}\?expires=(\d{1,12})&$/;

export type PowSecret = string | Uint8Array;

export type VerifyResult =
  | { ok: true; challengeId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'expired' | 'bad-signature' | 'wrong-solution' };

function secretBytes(secret: PowSecret): Buffer {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  // A missing or placeholder secret would let anyone mint valid challenges; fail loudly at start-up.
  if (bytes.length < MIN_SECRET_BYTES)
    throw new Error(`Proof-of-work secret must be at least ${MIN_SECRET_BYTES} bytes`);
  return bytes;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const sign = (secret: Buffer, challenge: string): Buffer =>
  createHmac('sha256', secret).update(challenge).digest();

export function createChallenge(options: {
  secret: PowSecret;
  now: Date;
  maxNumber?: number;
  ttlMs?: number;
}): PowChallenge {
  const { now, maxNumber = DEFAULT_MAX_NUMBER, ttlMs = DEFAULT_TTL_MS } = options;
  if (!Number.isSafeInteger(maxNumber) || maxNumber < 1)
    throw new Error('maxNumber must be a positive integer');
  const expires = Math.floor((now.getTime() + ttlMs) / 1000);
  const salt = `${randomBytes(12).toString('hex')}?expires=${expires}&`;
  const challenge = sha256Hex(salt + randomInt(0, maxNumber + 1));
  return {
    algorithm: POW_ALGORITHM,
    salt,
    challenge,
    maxNumber,
    signature: sign(secretBytes(options.secret), challenge).toString('hex'),
  };
}

function decodePayload(payload: string): PowSolution | null {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { algorithm, salt, challenge, number, signature } = value as Record<string, unknown>;
  if (algorithm !== POW_ALGORITHM) return null;
  if (typeof salt !== 'string' || !SALT.test(salt)) return null;
  if (typeof challenge !== 'string' || !HEX64.test(challenge)) return null;
  if (typeof signature !== 'string' || !HEX64.test(signature)) return null;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return null;
  return { algorithm, salt, challenge, number, signature };
}

/** The key under which to remember a used solution, or null if the payload is not even well-formed. */
export function challengeId(payload: string): string | null {
  return decodePayload(payload)?.challenge ?? null;
}

export function verifySolution(options: { secret: PowSecret; now: Date; payload: string }): VerifyResult {
  const solution = decodePayload(options.payload);
  const expiresMatch = solution ? SALT.exec(solution.salt) : null;
  if (!solution || !expiresMatch?.[1]) return { ok: false, reason: 'malformed' };

  const expected = sign(secretBytes(options.secret), solution.challenge);
  if (!timingSafeEqual(expected, Buffer.from(solution.signature, 'hex'))) {
    return { ok: false, reason: 'bad-signature' };
  }
  // Checked before the expiry because the salt (and thus the expiry in it) is only authenticated through
  // the signed challenge: a forged expiry cannot produce a matching hash.
  if (sha256Hex(solution.salt + solution.number) !== solution.challenge) {
    return { ok: false, reason: 'wrong-solution' };
  }
  const expiresAt = new Date(Number(expiresMatch[1]) * 1000);
  if (options.now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, challengeId: solution.challenge, expiresAt };
}
