import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy';

describe('password policy', () => {
  it('wants at least 12 characters, counted as code points', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkPassword('kort-wachtw')).toBe('tooShort');
    expect(checkPassword('🙂🙂🙂🙂🙂🙂')).toBe('tooShort');
    expect(checkPassword('x'.repeat(257))).toBe('tooLong');
  });

  it('refuses common passwords and common words dressed up with digits', () => {
    for (const common of [
      'password1234',
      'Wachtwoord2026!',
      'Welkom123456',
      '123456789012',
      'qwerty123456',
      'abcabcabcabc',
    ]) {
      expect(checkPassword(common), common).toBe('common');
    }
  });

  it('refuses a password containing the e-mail name', () => {
    expect(checkPassword('jan.devries-fiets-7', { email: 'jan.devries@gemeente.nl' })).toBe('containsEmail');
  });

  it('accepts a long passphrase', () => {
    expect(checkPassword('paarse olifant fietst naar Zwolle')).toBeNull();
    expect(checkPassword('uitweg-demo-2026')).toBeNull();
  });
});
