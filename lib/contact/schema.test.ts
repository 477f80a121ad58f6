import { describe, expect, it } from 'vitest';

import { CONTACT_FIELDS, contactSchema, parseContactForm } from './schema';

const valid = { audience: 'recipient', topic: 'addiction', reach: 'none', message: 'Ik wil graag praten.' };
const parse = (overrides: Record<string, unknown> = {}) => parseContactForm({ ...valid, ...overrides });
const errorsOf = (overrides: Record<string, unknown>) => {
  const result = parse(overrides);
  return result.ok ? {} : result.fieldErrors;
};

describe('parseContactForm: the happy paths', () => {
  it('accepts a minimal anonymous message', () => {
    expect(parse()).toEqual({
      ok: true,
      data: {
        audience: 'recipient',
        topic: 'addiction',
        reach: 'none',
        message: 'Ik wil graag praten.',
        when: undefined,
        mayIdentify: false,
        wave: undefined,
      },
    });
  });

  it('accepts FormData and normalises the phone number to E.164', () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      audience: 'parent',
      topic: 'money',
      reach: 'whatsapp',
      phone: '06 12345678',
      email: 'ignored because reach is whatsapp',
      when: '18:00-20:30',
      mayIdentify: 'yes',
      wave: 'Utrecht-2026-03',
      $ACTION_ID_abc: '',
    })) {
      form.append(name, value);
    }
    expect(parseContactForm(form)).toEqual({
      ok: true,
      data: {
        audience: 'parent',
        topic: 'money',
        reach: 'whatsapp',
        phone: '+31612345678',
        message: undefined,
        when: '18:00-20:30',
        mayIdentify: true,
        wave: 'utrecht-2026-03',
      },
    });
  });

  it('keeps only the contact detail for the chosen reach', () => {
    const byEmail = parse({ reach: 'email', email: ' iemand@example.nl ', phone: '0612345678' });
    expect(byEmail.ok && byEmail.data).toMatchObject({ reach: 'email', email: 'iemand@example.nl' });
    expect(byEmail.ok && 'phone' in byEmail.data).toBe(false);

    const byPhone = parse({ reach: 'phone', phone: '+32 470 12 34 56', email: 'not an address' });
    expect(byPhone.ok && byPhone.data).toMatchObject({ reach: 'phone', phone: '+32470123456' });
    expect(byPhone.ok && 'email' in byPhone.data).toBe(false);

    const none = parse({ phone: '0612345678', email: 'iemand@example.nl' });
    expect(none.ok && Object.keys(none.data)).not.toContain('phone');
    expect(none.ok && Object.keys(none.data)).not.toContain('email');
  });

  it('does not need a message when there is a way to reach the visitor', () => {
    expect(parse({ message: undefined, reach: 'sms', phone: '0612345678' }).ok).toBe(true);
  });

  it('lists the fields in form order', () => {
    expect(CONTACT_FIELDS).toEqual([
      'audience',
      'topic',
      'message',
      'reach',
      'phone',
      'email',
      'when',
      'mayIdentify',
      'wave',
      'arm',
      'locale',
    ]);
  });
});

describe('parseContactForm: required fields and options', () => {
  it.each([
    ['audience', undefined, 'audienceRequired'],
    ['audience', '', 'audienceRequired'],
    ['audience', 'dealer', 'audienceInvalid'],
    ['audience', 'Recipient', 'audienceInvalid'],
    ['topic', undefined, 'topicRequired'],
    ['topic', 'weapons', 'topicInvalid'],
    ['reach', undefined, 'reachRequired'],
    ['reach', 'pigeon', 'reachInvalid'],
    ['reach', 'none ', 'reachInvalid'],
    ['mayIdentify', 'on', 'mayIdentifyInvalid'],
    ['mayIdentify', 'true', 'mayIdentifyInvalid'],
  ])('%s = %j gives %s', (field, value, key) => {
    expect(errorsOf({ [field]: value })).toEqual({ [field]: key });
  });

  it('reports every problem at once', () => {
    const result = parseContactForm({ reach: 'phone', phone: '123', when: 'night' });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        audience: 'audienceRequired',
        topic: 'topicRequired',
        phone: 'phoneInvalid',
        when: 'whenInvalid',
      },
    });
  });

  it('treats non-string values as forged', () => {
    expect(
      errorsOf({ audience: 1, topic: ['money'], reach: { none: true }, message: 5, mayIdentify: true }),
    ).toEqual({
      audience: 'audienceInvalid',
      topic: 'topicInvalid',
      reach: 'reachInvalid',
      message: 'messageInvalid',
      mayIdentify: 'mayIdentifyInvalid',
    });
  });

  it('treats an uploaded file as a forged value', () => {
    const form = new FormData();
    form.append('audience', new Blob(['recipient']), 'audience.txt');
    form.append('topic', 'other');
    form.append('reach', 'none');
    form.append('message', 'hoi');
    expect(parseContactForm(form)).toEqual({ ok: false, fieldErrors: { audience: 'audienceInvalid' } });
  });

  it('ignores unknown and prototype fields', () => {
    expect(parse({ isAdmin: 'yes', status: 'closed', __proto__: { audience: 'x' } }).ok).toBe(true);
    const bare = Object.create({ audience: 'recipient' }) as Record<string, unknown>;
    expect(parseContactForm(bare)).toMatchObject({
      ok: false,
      fieldErrors: { audience: 'audienceRequired' },
    });
  });

  it('accepts a checkbox that was not ticked', () => {
    expect(parse({ mayIdentify: '' })).toMatchObject({ ok: true, data: { mayIdentify: false } });
  });
});

describe('parseContactForm: message', () => {
  it('is required when there is no way to reach the visitor', () => {
    expect(errorsOf({ message: undefined })).toEqual({ message: 'messageRequiredWhenNoReach' });
    expect(errorsOf({ message: '  \n\t ' })).toEqual({ message: 'messageRequiredWhenNoReach' });
    expect(errorsOf({ message: '\u0000\u0007' })).toEqual({ message: 'messageRequiredWhenNoReach' });
  });

  it('accepts 2000 emoji (counted as code points, not UTF-16 units)', () => {
    const message = '😀'.repeat(2000);
    expect(message.length).toBe(4000);
    expect(parse({ message })).toMatchObject({ ok: true, data: { message } });
    expect(errorsOf({ message: message + 'x' })).toEqual({ message: 'messageTooLong' });
  });

  it('rejects a 10 KB message', () => {
    expect(errorsOf({ message: 'a'.repeat(10 * 1024) })).toEqual({ message: 'messageTooLong' });
    expect(errorsOf({ message: 'a'.repeat(1024 * 1024) })).toEqual({ message: 'messageTooLong' });
  });

  it('stores markup as plain text, untouched', () => {
    const message = '<script>alert(1)</script> & <b>vet</b>';
    expect(parse({ message })).toMatchObject({ ok: true, data: { message } });
  });

  it('keeps right-to-left scripts and mixed text', () => {
    const message = 'مرحبا، أحتاج مساعدة\nשלום, אני צריך עזרה\nHulp met 06-nummer';
    expect(parse({ message })).toMatchObject({ ok: true, data: { message } });
  });

  it('strips control characters but keeps newlines and tabs', () => {
    const result = parse({ message: '  regel 1\r\nregel\t2\u0000\u001b[31m\u007f\u0085\rregel 3  ' });
    expect(result).toMatchObject({ ok: true, data: { message: 'regel 1\nregel\t2[31m\nregel 3' } });
  });

  it('replaces lone surrogates, which cannot be stored as UTF-8', () => {
    expect(parse({ message: 'a\uD800b' })).toMatchObject({ ok: true, data: { message: 'a\uFFFDb' } });
  });
});

describe('parseContactForm: phone and e-mail', () => {
  it.each(['phone', 'sms', 'whatsapp'])('requires a valid phone number for reach=%s', (reach) => {
    expect(errorsOf({ reach, phone: undefined })).toEqual({ phone: 'phoneRequired' });
    expect(errorsOf({ reach, phone: '   ' })).toEqual({ phone: 'phoneRequired' });
    expect(errorsOf({ reach, phone: '12345' })).toEqual({ phone: 'phoneInvalid' });
    expect(errorsOf({ reach, phone: '0900 1234567' })).toEqual({ phone: 'phoneInvalid' });
    expect(errorsOf({ reach, phone: { number: '0612345678' } })).toEqual({ phone: 'phoneInvalid' });
  });

  it('requires a valid, not too long e-mail address for reach=email', () => {
    expect(errorsOf({ reach: 'email' })).toEqual({ email: 'emailRequired' });
    expect(errorsOf({ reach: 'email', email: '' })).toEqual({ email: 'emailRequired' });
    expect(errorsOf({ reach: 'email', email: 'iemand@' })).toEqual({ email: 'emailInvalid' });
    expect(errorsOf({ reach: 'email', email: 'iemand at example.nl' })).toEqual({ email: 'emailInvalid' });
    expect(errorsOf({ reach: 'email', email: 7 })).toEqual({ email: 'emailInvalid' });
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.nl`;
    expect(long.length).toBe(255);
    expect(errorsOf({ reach: 'email', email: long })).toEqual({ email: 'emailInvalid' });
    expect(parse({ reach: 'email', email: long.slice(1) }).ok).toBe(true);
  });

  it('ignores phone and e-mail garbage when they are not the chosen reach', () => {
    expect(parse({ phone: 'abc', email: { x: 1 } }).ok).toBe(true);
    expect(parse({ reach: 'email', email: 'iemand@example.nl', phone: [] }).ok).toBe(true);
  });
});

describe('parseContactForm: when and wave', () => {
  it.each(['any', 'morning', 'afternoon', 'evening', '09:00-12:00', '00:00-23:59', '  18:00-20:00 '])(
    'accepts when = %j',
    (when) => {
      expect(parse({ when })).toMatchObject({ ok: true, data: { when: when.trim() } });
    },
  );

  it('treats an empty when as not given', () => {
    expect(parse({ when: '' })).toMatchObject({ ok: true, data: { when: undefined } });
  });

  it.each([
    'night',
    'Morning',
    '12:00-09:00',
    '10:00-10:00',
    '9:00-12:00',
    '24:00-25:00',
    '10:60-11:00',
    '10:00 - 12:00',
    '10:00-',
  ])('rejects when = %j', (when) => {
    expect(errorsOf({ when })).toEqual({ when: 'whenInvalid' });
  });

  it('keeps a valid wave code and drops a mangled one instead of blocking the visitor', () => {
    expect(parse({ wave: 'ams-2026-q1' })).toMatchObject({ ok: true, data: { wave: 'ams-2026-q1' } });
    for (const wave of ['ab', 'x'.repeat(33), 'ams_2026', 'ams 2026', '<script>', 42]) {
      expect(parse({ wave })).toMatchObject({ ok: true, data: { wave: undefined } });
    }
  });
});

describe('parseContactForm: the page language', () => {
  it('keeps a visitor language the server set and drops anything else', () => {
    for (const locale of ['nl', 'en', 'pl', 'tr', 'ar'])
      expect(parse({ locale })).toMatchObject({ ok: true, data: { locale } });
    for (const locale of ['de', 'PL', 'pl-PL', '', 42, undefined])
      expect(parse({ locale })).toMatchObject({ ok: true, data: { locale: undefined } });
  });
});

describe('contactSchema', () => {
  it('can be used directly, e.g. for client-side validation', () => {
    const result = contactSchema.safeParse({
      audience: 'professional',
      topic: 'exit',
      reach: 'sms',
      phone: '0612345678',
    });
    expect(result.success && result.data).toMatchObject({ reach: 'sms', phone: '+31612345678' });
  });
});

describe('parseContactForm: an answer on the website (conversation)', () => {
  it('needs a message but no phone number or e-mail, and keeps neither', () => {
    expect(parse({ reach: 'conversation', phone: '06 12345678', email: 'a@b.nl' })).toMatchObject({
      ok: true,
      data: { reach: 'conversation', message: 'Ik wil graag praten.' },
    });
    const result = parse({ reach: 'conversation', phone: '06 12345678' });
    expect(result.ok && 'phone' in result.data).toBe(false);
    expect(errorsOf({ reach: 'conversation', message: '  ' })).toEqual({
      message: 'messageRequiredForConversation',
    });
  });
});
