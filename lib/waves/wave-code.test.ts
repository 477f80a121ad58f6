import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, codePrefix, generateWaveCode, waveCodeProblems } from './wave-code';

describe('wave codes', () => {
  it('accepts the demo codes and refuses guessable or malformed ones', () => {
    for (const code of ['utr-x7k2', 'utr-m4p9', 'utr-q8r3', 'w-ab3def'])
      expect(waveCodeProblems(code)).toEqual([]);
    expect(waveCodeProblems('utr')).toEqual(['length']);
    expect(waveCodeProblems('Utr-x7k2')).toEqual(['characters']);
    expect(waveCodeProblems('utr--x7k2')).toEqual(['characters']);
    expect(waveCodeProblems('-utrx7k2')).toEqual(['characters']);
    expect(waveCodeProblems('utrecht')).toEqual(['tooGuessable']);
    expect(waveCodeProblems('utrecht-1')).toEqual(['tooGuessable']);
    expect(waveCodeProblems('a'.repeat(41))).toEqual(['length']);
  });

  it('generates valid codes from the name, deterministically with an injected source', () => {
    expect(codePrefix('Één Utrecht')).toBe('eenutr'.slice(0, 3));
    expect(codePrefix('123')).toBe('');
    let i = 0;
    const sequence = (max: number) => (i++ * 7) % max;
    const code = generateWaveCode('Utrecht Oost', sequence);
    expect(code).toMatch(/^utr-[a-z2-9]{6}$/);
    expect(waveCodeProblems(code)).toEqual([]);
    // Even an all-letter draw ends with a digit.
    expect(waveCodeProblems(generateWaveCode('x', () => 0))).toEqual([]);
    for (let n = 0; n < 200; n += 1) expect(waveCodeProblems(generateWaveCode('Amsterdam'))).toEqual([]);
    expect(CODE_ALPHABET).not.toMatch(/[01ilo]/);
  });
});
