import { describe, expect, it } from 'vitest';
import { localizedPath } from './localized-path';

describe('localizedPath', () => {
  it('localizes pathnames, keeps the home page bare and appends the query', () => {
    expect(localizedPath('/help/addiction', 'nl')).toBe('/nl/hulp/verslaving');
    expect(localizedPath('/help/addiction', 'en')).toBe('/en/help/addiction');
    expect(localizedPath('/', 'nl')).toBe('/nl');
    expect(localizedPath({ pathname: '/is-this-sms-real', query: { w: 'utr-x7k2' } }, 'nl')).toBe(
      '/nl/is-deze-sms-echt?w=utr-x7k2',
    );
    expect(localizedPath({ pathname: '/contact', query: { audience: 'parent', topic: 'money' } }, 'en')).toBe(
      '/en/contact?audience=parent&topic=money',
    );
    expect(localizedPath({ pathname: '/w/[code]', params: { code: 'utr-x7k2' } }, 'en')).toBe(
      '/en/w/utr-x7k2',
    );
  });
});
