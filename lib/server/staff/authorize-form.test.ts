import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StaffSession } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/server/auth/guard';
import { formError } from '@/lib/staff/form-state';
import { authorizeForm } from './authorize-form';

vi.mock('@/lib/server/auth/guard', () => ({ requireStaff: vi.fn() }));

const session: StaffSession = {
  sessionId: 'session-1',
  userId: 'user-1',
  email: 'admin@example.org',
  name: 'Admin',
  roles: ['admin'],
  teamIds: [],
};
const check = (candidate: StaffSession) => candidate.roles.includes('admin');

/** Every step in the order it happened: the guard, then the schema. */
let calls: string[] = [];

const schema = z.preprocess(
  (value) => {
    calls.push('parse');
    return value;
  },
  z.object({
    name: z
      .string()
      .trim()
      .min(1, 'nameRequired')
      .max(10, 'nameTooLong')
      .regex(/^[a-z ]*$/i, 'nameLetters'),
    count: z
      .string()
      .regex(/^\d+$/, 'countInvalid')
      .refine((count) => count !== '0', 'countZero')
      .transform(Number),
  }),
);

function form(entries: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries(entries)) formData.append(key, value);
  return formData;
}

const safeValues = (raw: Record<string, string>) => ({ name: raw.name ?? '' });

beforeEach(() => {
  calls = [];
  vi.mocked(requireStaff).mockReset();
  vi.mocked(requireStaff).mockImplementation(async () => {
    calls.push('requireStaff');
    return session;
  });
});

describe('authorizeForm', () => {
  it.each([
    ['en', 'en'],
    ['nl', 'nl'],
    ['de', 'nl'],
    ['EN', 'nl'],
    [undefined, 'nl'],
  ])('asks requireStaff with the check and locale %s → %s before parsing anything', async (raw, expected) => {
    const entries: Record<string, string> = { name: 'Ada', count: '3' };
    if (raw !== undefined) entries.locale = raw;
    const result = await authorizeForm(form(entries), check, schema);
    expect(requireStaff).toHaveBeenCalledTimes(1);
    expect(requireStaff).toHaveBeenCalledWith(check, expected);
    expect(calls).toEqual(['requireStaff', 'parse']);
    expect(result.ok && result.locale).toBe(expected);
  });

  it('checks permission first on invalid input too', async () => {
    await authorizeForm(form({ locale: 'en', name: '' }), check, schema, { safeValues });
    expect(requireStaff).toHaveBeenCalledWith(check, 'en');
    expect(calls).toEqual(['requireStaff', 'parse']);
  });

  it('returns the session, the parsed data, the raw values and the locale for valid input', async () => {
    const result = await authorizeForm(form({ locale: 'en', name: '  Ada ', count: '42' }), check, schema, {
      safeValues,
    });
    expect(result).toEqual({
      ok: true,
      session,
      data: { name: 'Ada', count: 42 },
      raw: { locale: 'en', name: '  Ada ', count: '42' },
      locale: 'en',
    });
  });

  it('returns the field errors keyed by message, the first per field, and the safe values for invalid input', async () => {
    const result = await authorizeForm(
      form({ name: '12345678901', count: '0', secret: 'hunter2' }),
      check,
      schema,
      {
        safeValues,
      },
    );
    expect(result).toEqual({
      ok: false,
      state: {
        ok: false,
        fieldErrors: { name: 'nameTooLong', count: 'countZero' },
        formError: null,
        values: { name: '12345678901' },
      },
    });
  });

  it('leaves the values out of the state without safeValues', async () => {
    const result = await authorizeForm(form({ name: 'Ada', count: 'x' }), check, schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.state).toEqual({ ok: false, fieldErrors: { count: 'countInvalid' }, formError: null });
    expect(result.state).not.toHaveProperty('values');
  });

  it("returns formError 'unknown' without field errors or values for a form of hidden fields only", async () => {
    const spy = vi.fn(safeValues);
    const result = await authorizeForm(form({ name: '', count: 'x' }), check, schema, {
      safeValues: spy,
      hiddenFieldsOnly: true,
    });
    expect(result).toEqual({ ok: false, state: { ok: false, fieldErrors: {}, formError: 'unknown' } });
    expect(result.ok || result.state).toEqual(formError('unknown'));
    expect(spy).not.toHaveBeenCalled();
  });

  it('never parses the input when requireStaff throws (a redirect or 403), and lets the error through', async () => {
    const redirect = new Error('NEXT_REDIRECT');
    vi.mocked(requireStaff).mockImplementation(async () => {
      calls.push('requireStaff');
      throw redirect;
    });
    const spy = vi.fn(safeValues);
    await expect(
      authorizeForm(form({ locale: 'en', name: '', count: 'x' }), check, schema, { safeValues: spy }),
    ).rejects.toBe(redirect);
    expect(calls).toEqual(['requireStaff']);
    expect(spy).not.toHaveBeenCalled();
  });
});
