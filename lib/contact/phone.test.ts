import { describe, expect, it } from 'vitest';

import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['06 12345678', '+31612345678'],
    ['0612345678', '+31612345678'],
    ['06-12345678', '+31612345678'],
    ['(06) 12 34 56 78', '+31612345678'],
    ['+31 6 1234 5678', '+31612345678'],
    ['+31612345678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['  06 12345678  ', '+31612345678'],
    ['０６１２３４５６７８', '+31612345678'],
    ['030 123 4567', '+31301234567'],
    ['020-1234567', '+31201234567'],
    ['085 123 4567', '+31851234567'],
    ['091 123 4567', '+31911234567'],
    ['088 555 1234', '+31885551234'],
    ['010 123 4567', '+31101234567'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+49 151 23456789', '+4915123456789'],
    ['+44 7911 123456', '+447911123456'],
  ])('accepts %j as %s', (input, e164) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too short', '06 1234567'],
    ['too long', '06 123456789'],
    ['an emergency number', '112'],
    ['a five-digit number', '12345'],
    ['a six-digit number', '0123456'],
    ['a municipal 14 number', '14030'],
    ['a pager', '066 1234567'],
    ['a dial-up access number', '06760 12345'],
    ['an M2M number', '0970 1234 5678'],
    ['letters around a number', 'bel 0612345678'],
    ['a trailing letter', '0612345678x'],
    ['vanity letters', '0800-CALLME'],
    ['a plus in the middle', '06+12345678'],
    ['premium 0900', '0900 1234567'],
    ['premium 0906', '0906 123456'],
    ['premium 0909', '0909 123 4567'],
    ['premium via +31', '+31 900 1234567'],
    ['toll-free 0800', '0800 1234'],
    ['extra-cost 084', '084 123 4567'],
    ['extra-cost 087', '087 123 4567'],
    ['premium abroad (where the metadata knows)', '+44 909 8790000'],
    ['absurdly long input', '0'.repeat(500)],
  ])('rejects %s', (_label, input) => {
    expect(normalizePhone(input)).toEqual({ ok: false });
  });
});
