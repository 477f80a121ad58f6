import { describe, expect, it } from 'vitest';

import { formatDutchNational, telHref } from './phone-format';

describe('formatDutchNational', () => {
  it.each([
    ['+31301234567', '030 123 4567'],
    ['+31201234567', '020 123 4567'],
    ['+31104567890', '010 456 7890'],
    ['+31701234567', '070 123 4567'],
    ['+31575123456', '0575 123 456'],
    ['+31341123456', '0341 123 456'],
    ['+31612345678', '06 12345678'],
    ['+31881234567', '088 123 4567'],
    ['+318001234', '0800 1234'],
    ['+318000113', '0800 0113'],
    ['+318001234567', '0800 1234567'],
    ['+319001234567', '0900 1234567'],
    ['+319069876', '0906 9876'],
  ])('%s → %s', (input, expected) => {
    expect(formatDutchNational(input)).toBe(expected);
  });

  it('accepts numbers already written nationally or with separators', () => {
    expect(formatDutchNational('0301234567')).toBe('030 123 4567');
    expect(formatDutchNational('0800-0113')).toBe('0800 0113');
    expect(formatDutchNational('+31 (0)20 123 45 67')).toBe('020 123 4567');
    expect(formatDutchNational('0031612345678')).toBe('06 12345678');
  });

  it('leaves short numbers alone', () => {
    expect(formatDutchNational('112')).toBe('112');
    expect(formatDutchNational('113')).toBe('113');
  });

  it('keeps foreign numbers international, respecting given groups', () => {
    expect(formatDutchNational('+32 2 123 45 67')).toBe('+32 2 123 45 67');
    expect(formatDutchNational('+3221234567')).toBe('+32 2 123 45 67');
    expect(formatDutchNational('+12025550123')).toBe('+1 202 555 0123');
    expect(formatDutchNational('+352123456')).toBe('+352123456');
  });

  it('leaves a number that fits no plan as it was written, instead of guessing a grouping', () => {
    expect(formatDutchNational('+3130123')).toBe('+3130123');
  });
});

describe('telHref', () => {
  it('keeps only the plus sign and digits', () => {
    expect(telHref('+31301234567')).toBe('tel:+31301234567');
    expect(telHref('+31 30 123 4567')).toBe('tel:+31301234567');
    expect(telHref('+31 (0)30 123 4567')).toBe('tel:+31301234567');
    expect(telHref('0031301234567')).toBe('tel:+31301234567');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('0800-0113')).toBe('tel:08000113');
  });
});
