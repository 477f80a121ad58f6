import { describe, expect, it } from 'vitest';
import { linkCodeSchema, smsTextSchema } from './wave-schemas';

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('wave and arm form schemas', () => {
  it('normalises a link code and names its problem as a message key', () => {
    expect(linkCodeSchema.parse('  UTR-N5W8-S7Q2 ')).toBe('utr-n5w8-s7q2');
    expect(issue(linkCodeSchema.safeParse('abc'))).toBe('codeLength');
    expect(issue(linkCodeSchema.safeParse('utr_n5w8'))).toBe('codeCharacters');
    expect(issue(linkCodeSchema.safeParse('utrecht-oost'))).toBe('codeTooGuessable');
  });

  it('wants the link placeholder in an SMS text of at most 1000 characters', () => {
    expect(smsTextSchema.parse(' Kijk op {link} ')).toBe('Kijk op {link}');
    expect(issue(smsTextSchema.safeParse('Kijk op de site'))).toBe('smsNeedsLink');
    expect(issue(smsTextSchema.safeParse(''))).toBe('smsRequired');
    expect(issue(smsTextSchema.safeParse(`{link}${'x'.repeat(1000)}`))).toBe('smsTooLong');
  });
});
