import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: a code read out over the phone or typed from an SMS must not be ambiguous. */
export const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 31^6 ≈ 887 million codes per prefix: guessing a live wave's link is hopeless, a collision very unlikely. */
export const RANDOM_PART_LENGTH = 6;

export const WAVE_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED = new Set(['new', 'nieuw', 'admin', 'staff', 'api', 'test']);

export type WaveCodeProblem = 'length' | 'characters' | 'reserved' | 'tooGuessable';

/**
 * Problems with a wave code typed by an admin: 6 to 40 characters, lowercase letters, digits and single hyphens
 * (the link must survive being typed from an SMS); the part after the last hyphen needs at least 4 characters with
 * a digit in it, so a code is never a plain word like `utrecht`.
 */
export function waveCodeProblems(code: string): WaveCodeProblem[] {
  if (code.length < 6 || code.length > 40) return ['length'];
  if (!WAVE_CODE_PATTERN.test(code)) return ['characters'];
  if (RESERVED.has(code)) return ['reserved'];
  const last = code.slice(code.lastIndexOf('-') + 1);
  if (last.length < 4 || !/\d/.test(last)) return ['tooGuessable'];
  return [];
}

/** A prefix from the wave name (`Utrecht Oost` → `utr`), letters only, at most 3; '' when there are none. */
export function codePrefix(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .slice(0, 3);
}

/** A fresh code, `<prefix>-<6 random characters with at least one digit>`; `random` is injectable for tests. */
export function generateWaveCode(name: string, random: (max: number) => number = randomInt): string {
  const digits = CODE_ALPHABET.replace(/[a-z]/g, '');
  let part = Array.from(
    { length: RANDOM_PART_LENGTH },
    () => CODE_ALPHABET[random(CODE_ALPHABET.length)],
  ).join('');
  // The validation rule wants a digit in the last part; swap one in rather than drawing again.
  if (!/\d/.test(part)) part = part.slice(0, -1) + digits[random(digits.length)];
  const prefix = codePrefix(name);
  return prefix ? `${prefix}-${part}` : `w-${part}`;
}

/** The random part of an arm's code, appended to its wave's code: 4 characters with a digit (31^4 ≈ 920,000). */
export function suggestArmSuffix(random: (max: number) => number = randomInt): string {
  const digits = CODE_ALPHABET.replace(/[a-z]/g, '');
  const part = Array.from({ length: 3 }, () => CODE_ALPHABET[random(CODE_ALPHABET.length)]).join('');
  return part + digits[random(digits.length)];
}
