import { describe, expect, it } from 'vitest';
import { languageListSchema } from './language-list';

describe('languageListSchema', () => {
  it('takes the checked visitor languages, each once, in their order', () => {
    expect(languageListSchema.parse('nl,pl,nl,ar')).toEqual(['nl', 'pl', 'ar']);
  });

  it('refuses none and languages that are not ours, with the form’s message key', () => {
    expect(languageListSchema.safeParse('').error?.issues[0]?.message).toBe('languagesRequired');
    expect(languageListSchema.safeParse(undefined).error?.issues[0]?.message).toBe('languagesRequired');
    expect(languageListSchema.safeParse('nl,de').error?.issues[0]?.message).toBe('languagesRequired');
  });
});
