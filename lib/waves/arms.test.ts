import { describe, expect, it } from 'vitest';
import { isPrimaryMeasure, parseArmIntros, parseChannelOrder } from './arms';

describe('parseArmIntros', () => {
  it('keeps non-empty texts per locale, trimmed', () => {
    expect(parseArmIntros('{"nl":" Hallo ","en":"","pl":3}')).toEqual({ nl: 'Hallo' });
  });
  it('reads anything malformed as no introductions', () => {
    expect(parseArmIntros('not json')).toEqual({});
    expect(parseArmIntros('["nl"]')).toEqual({});
    expect(parseArmIntros('null')).toEqual({});
  });
});

describe('parseChannelOrder and isPrimaryMeasure', () => {
  it('defaults an unknown order to call first', () => {
    expect(parseChannelOrder('write-first')).toBe('write-first');
    expect(parseChannelOrder('sideways')).toBe('call-first');
  });
  it('knows the three measures', () => {
    expect(['visited', 'reachedOut', 'conversation', 'x'].map(isPrimaryMeasure)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
