import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  AUDIENCES,
  CONTACT_ERROR_KEYS,
  CONTACT_FIELDS,
  type ContactParseResult,
  REACHES,
  TOPICS,
  WHEN_PRESETS,
  parseContactForm,
} from './schema';

const errorKeys = new Set<string>(CONTACT_ERROR_KEYS);

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.anything(),
  fc.constant(undefined),
  fc.constant(''),
);

// Mostly plausible values, so that a good share of payloads is valid and the "ok" branch gets checked
// as thoroughly as the error branch; each field is sometimes garbage and sometimes absent.
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: anyValue, weight: 1 });
const nearlyValid = fc.record(
  {
    audience: mostly(fc.constantFrom(...AUDIENCES)),
    topic: mostly(fc.constantFrom(...TOPICS)),
    message: mostly(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2100 })),
    reach: mostly(fc.constantFrom(...REACHES)),
    phone: mostly(
      fc.constantFrom('06 12345678', '+32 470 12 34 56', '0031612345678', '0900 1234567', '12345'),
    ),
    email: mostly(fc.emailAddress()),
    when: mostly(fc.constantFrom(...WHEN_PRESETS, '09:00-17:00', '17:00-09:00', '')),
    mayIdentify: mostly(fc.constantFrom('yes', '')),
    wave: mostly(fc.stringMatching(/^[a-z0-9-]{0,40}$/)),
  },
  { requiredKeys: [] },
);
const randomPayload = fc.dictionary(fc.constantFrom(...CONTACT_FIELDS), anyValue);
const withExtraFields = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc
    .tuple(arb, fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }))
    .map(([fields, extra]) => ({ ...extra, ...fields }));

function expectWellFormed(result: ContactParseResult): void {
  if (!result.ok) {
    const entries = Object.entries(result.fieldErrors);
    expect(entries.length).toBeGreaterThan(0);
    for (const [field, key] of entries) {
      expect(CONTACT_FIELDS).toContain(field);
      expect(errorKeys.has(key)).toBe(true);
    }
    return;
  }
  const { data } = result;
  expect(AUDIENCES).toContain(data.audience);
  expect(TOPICS).toContain(data.topic);
  expect(REACHES).toContain(data.reach);
  expect(typeof data.mayIdentify).toBe('boolean');
  if (data.reach === 'none') expect(data.message).toBeTruthy();
  if (data.reach === 'email') expect(data.email).toMatch(/^[^\s@]+@[^\s@]+$/);
  if (data.reach === 'phone' || data.reach === 'sms' || data.reach === 'whatsapp') {
    expect(data.phone).toMatch(/^\+[1-9]\d{6,14}$/);
  }
  if (data.message !== undefined) {
    expect(Array.from(data.message).length).toBeLessThanOrEqual(2000);
    expect(data.message).not.toMatch(/(?![\t\n])\p{Cc}/u);
    expect(data.message).toBe(data.message.trim());
  }
  if (data.when !== undefined)
    expect(data.when).toMatch(/^(any|morning|afternoon|evening|\d\d:\d\d-\d\d:\d\d)$/);
  if (data.wave !== undefined) expect(data.wave).toMatch(/^[a-z0-9-]{3,32}$/);
}

describe('parseContactForm (property-based)', () => {
  it('never throws on random payloads and answers with known error keys only', () => {
    fc.assert(
      fc.property(withExtraFields(randomPayload), (input) => {
        expectWellFormed(parseContactForm(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on near-valid payloads and returns only valid data', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(withExtraFields(nearlyValid), (input) => {
        const result = parseContactForm(input);
        expectWellFormed(result);
        if (result.ok) accepted++;
        else rejected++;
      }),
      { numRuns: 1000 },
    );
    // Guards the generator: both branches of the property must actually be exercised.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });

  it('gives the same answer for FormData as for a plain object of strings', () => {
    const stringsOnly = fc.dictionary(
      fc.constantFrom(...CONTACT_FIELDS),
      fc.oneof(fc.string(), fc.constantFrom(...REACHES)),
    );
    fc.assert(
      fc.property(stringsOnly, (input) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(input)) form.append(name, value);
        expect(parseContactForm(form)).toEqual(parseContactForm(input));
      }),
      { numRuns: 200 },
    );
  });
});
