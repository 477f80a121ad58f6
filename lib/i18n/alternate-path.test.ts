import { describe, expect, it } from 'vitest';
import { alternatePath } from './alternate-path';

describe('alternatePath', () => {
  it('maps localized pathnames both ways', () => {
    expect(alternatePath('/nl/hulp/verslaving', 'en')).toBe('/en/help/addiction');
    expect(alternatePath('/en/help/getting-out', 'nl')).toBe('/nl/hulp/eruit-stappen');
    expect(alternatePath('/nl/toegankelijkheid', 'en')).toBe('/en/accessibility');
    expect(alternatePath('/en/is-this-sms-real', 'nl')).toBe('/nl/is-deze-sms-echt');
    expect(alternatePath('/nl/gesprek', 'en')).toBe('/en/conversation');
  });

  it('keeps home pages, trailing slashes and dynamic segments', () => {
    expect(alternatePath('/nl', 'en')).toBe('/en');
    expect(alternatePath('/en/', 'nl')).toBe('/nl');
    expect(alternatePath('/nl/contact/', 'en')).toBe('/en/contact');
    expect(alternatePath('/nl/w/utr-x7k2', 'en')).toBe('/en/w/utr-x7k2');
  });

  it('maps to and from the Polish, Turkish and Arabic pages (Arabic with the English slugs)', () => {
    expect(alternatePath('/nl/hulp/verslaving', 'pl')).toBe('/pl/pomoc/uzaleznienie');
    expect(alternatePath('/pl/kontakt/status', 'tr')).toBe('/tr/iletisim/durum');
    expect(alternatePath('/tr/bu-sms-gercek-mi', 'ar')).toBe('/ar/is-this-sms-real');
    expect(alternatePath('/ar/conversation', 'nl')).toBe('/nl/gesprek');
    expect(alternatePath('/ar/contact', 'pl')).toBe('/pl/kontakt');
    expect(alternatePath('/pl', 'ar')).toBe('/ar');
  });

  it('falls back to the home page for unknown or unprefixed paths', () => {
    expect(alternatePath('/nl/bestaat-niet', 'en')).toBe('/en');
    expect(alternatePath('/w/utr-x7k2', 'en')).toBe('/en');
    expect(alternatePath('/', 'nl')).toBe('/nl');
  });
});
