/**
 * The password rules for staff accounts: long enough, not too long for the hash function to stay cheap, and not a
 * common password or a common word with digits and punctuation around it ("Wachtwoord2026!").
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

// Lower-case words that, with digits and symbols stripped, make a password common. Taken from public lists of the
// most used passwords (Dutch and English) plus words an attacker would try first on this site.
const COMMON_WORDS = new Set([
  'password',
  'passw0rd',
  'wachtwoord',
  'welkom',
  'welcome',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'asdfgh',
  'asdfghjkl',
  'zxcvbnm',
  'letmein',
  'iloveyou',
  'admin',
  'administrator',
  'changeme',
  'secret',
  'geheim',
  'monkey',
  'dragon',
  'football',
  'voetbal',
  'ajax',
  'feyenoord',
  'sunshine',
  'princess',
  'master',
  'shadow',
  'baseball',
  'superman',
  'trustno',
  'hallo',
  'hello',
  'zomer',
  'summer',
  'winter',
  'lente',
  'herfst',
  'januari',
  'december',
  'amsterdam',
  'rotterdam',
  'utrecht',
  'gemeente',
  'politie',
  'uitweg',
  'staff',
  'medewerker',
  'hulpverlener',
  'test',
  'demo',
  'abc',
  'abcdef',
  'abcdefgh',
  'wachtwoordwachtwoord',
  'passwordpassword',
]);

const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789abc',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwerty123456',
  'qwertyuiop123',
  'password1234',
  'password12345',
  'wachtwoord123',
  'wachtwoord1234',
  'welkom123456',
  'iloveyou1234',
  'aaaaaaaaaaaa',
  '111111111111',
  '000000000000',
  'abcdefghijkl',
  'abc123abc123',
  'correcthorsebatterystaple',
]);

function looksLikeRepetition(password: string): boolean {
  // "abcabcabcabc", "aaaaaaaaaaaa", "121212121212": a short unit repeated.
  for (let unit = 1; unit <= 4; unit += 1) {
    const head = password.slice(0, unit);
    if (head.repeat(Math.ceil(password.length / unit)).slice(0, password.length) === password) return true;
  }
  return false;
}

/** The first problem with a new password, or null when it is acceptable. Counts code points, not UTF-16 units. */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const lower = password.toLowerCase();
  const core = lower.replace(/[^a-z]/g, '');
  if (COMMON_PASSWORDS.has(lower) || COMMON_WORDS.has(core) || core === '' || looksLikeRepetition(lower)) {
    return 'common';
  }
  const local = context.email?.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'containsEmail';
  return null;
}
