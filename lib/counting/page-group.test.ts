import { describe, expect, it } from 'vitest';

import { classifyPath } from './page-group';
import type { PageGroup } from './types';

describe('classifyPath', () => {
  it.each([
    ['/nl', 'nl', 'landing'],
    ['/en', 'en', 'landing'],
    ['/nl/is-deze-sms-echt', 'nl', 'real'],
    ['/en/is-this-sms-real', 'en', 'real'],
    ['/nl/hulp', 'nl', 'topic'],
    ['/nl/hulp/verslaving', 'nl', 'topic'],
    ['/nl/hulp/geldproblemen', 'nl', 'topic'],
    ['/nl/hulp/eruit-stappen', 'nl', 'topic'],
    ['/en/help', 'en', 'topic'],
    ['/en/help/addiction', 'en', 'topic'],
    ['/en/help/money', 'en', 'topic'],
    ['/en/help/getting-out', 'en', 'topic'],
    ['/nl/ouders', 'nl', 'parents'],
    ['/en/parents', 'en', 'parents'],
    ['/nl/professionals', 'nl', 'professionals'],
    ['/en/professionals', 'en', 'professionals'],
    ['/nl/contact', 'nl', 'contact'],
    ['/nl/contact/status', 'nl', 'contact'],
    ['/nl/gesprek', 'nl', 'contact'],
    ['/en/contact', 'en', 'contact'],
    ['/en/contact/status', 'en', 'contact'],
    ['/en/conversation', 'en', 'contact'],
    ['/nl/privacy', 'nl', 'statements'],
    ['/en/privacy', 'en', 'statements'],
    ['/nl/toegankelijkheid', 'nl', 'statements'],
    ['/en/accessibility', 'en', 'statements'],
    ['/nl/onderzoek', 'nl', 'statements'],
    ['/en/research', 'en', 'statements'],
    // Unknown slugs, slugs of the other language and too-deep paths are 404s: 'other'.
    ['/nl/bestaat-niet', 'nl', 'other'],
    ['/nl/help', 'nl', 'other'],
    ['/en/hulp/verslaving', 'en', 'other'],
    ['/en/onderzoek', 'en', 'other'],
    ['/nl/research', 'nl', 'other'],
    ['/nl/hulp/onbekend', 'nl', 'other'],
    ['/nl/ouders/extra', 'nl', 'other'],
    // The confirmation page is gone (the code is shown in the answer to the post): its old addresses are 404s.
    ['/nl/contact/bevestiging', 'nl', 'other'],
    ['/en/contact/confirmation', 'en', 'other'],
    ['/pl', 'pl', 'landing'],
    ['/pl/pomoc/pieniadze', 'pl', 'topic'],
    ['/pl/rodzice', 'pl', 'parents'],
    ['/tr/bu-sms-gercek-mi', 'tr', 'real'],
    ['/tr/yazisma', 'tr', 'contact'],
    ['/ar/research', 'ar', 'statements'],
    ['/ar/hulp', 'ar', 'other'],
  ] as const)('%s → %s/%s', (path, locale, group: PageGroup) => {
    expect(classifyPath(path)).toEqual({ locale, group, waveCode: null });
  });

  it('tolerates trailing slashes', () => {
    expect(classifyPath('/nl/')).toEqual({ locale: 'nl', group: 'landing', waveCode: null });
    expect(classifyPath('/en/help/money/')).toEqual({ locale: 'en', group: 'topic', waveCode: null });
    expect(classifyPath('/w/abc123/')).toEqual({ locale: null, group: 'landing', waveCode: 'abc123' });
  });

  it('ignores a query string or fragment if one slips in', () => {
    expect(classifyPath('/nl/ouders?x=1')).toEqual({ locale: 'nl', group: 'parents', waveCode: null });
    expect(classifyPath('/en#top')).toEqual({ locale: 'en', group: 'landing', waveCode: null });
  });

  it.each([
    ['/w/abc', 'abc'],
    ['/w/Spring-2026', 'spring-2026'],
    ['/w/' + 'a'.repeat(32), 'a'.repeat(32)],
  ])('wave link %s → landing with code %s and no locale', (path, code) => {
    expect(classifyPath(path)).toEqual({ locale: null, group: 'landing', waveCode: code });
  });

  it.each(['/w', '/w/', '/w/ab', '/w/' + 'a'.repeat(33), '/w/abc_def', '/w/abc%20', '/w/abc/extra'])(
    'rejects invalid wave link %s',
    (path) => {
      expect(classifyPath(path)).toBeNull();
    },
  );

  it.each([
    '/api/count',
    '/api',
    '/_next/static/chunks/main.js',
    '/_next/image',
    '/staff',
    '/staff/login',
    '/nl/staff',
    '/en/staff/waves/12',
    '/favicon.ico',
    '/robots.txt',
    '/sitemap.xml',
    '/nl/icon.png',
    '/.well-known/security.txt',
    // Unprefixed paths only redirect to a locale; the redirect target is what gets counted.
    '/',
    '',
    '/hulp',
    '/de',
  ])('does not count %s', (path) => {
    expect(classifyPath(path)).toBeNull();
  });
});
