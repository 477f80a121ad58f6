import { beforeAll, describe, expect, it, vi } from 'vitest';
import { unavailableResponse } from '@/lib/server/unavailable-page';

describe('unavailableResponse', () => {
  beforeAll(() => {
    vi.stubEnv('HELPLINE_NUMBER', '+31302001234');
    vi.stubEnv('ENCRYPTION_KEYS', 'k1:B+doiqVrYxOs79d3rslUt/mWTIDkxr30+9BPHv5d/og=');
    vi.stubEnv('APP_SECRET', 'unit-only-secret-unit-only-secret-000000');
  });

  it('answers 503 with the number, in Dutch by default', async () => {
    const response = unavailableResponse('/nl/contact');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('href="tel:+31302001234"');
    expect(html).toContain('030 200 1234');
    expect(html).toContain('niet aangekomen');
  });

  it('speaks English under /en', async () => {
    const html = await unavailableResponse('/en/help/addiction').text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('It did not arrive');
    expect(html).toContain('href="tel:+31302001234"');
  });

  it('speaks every visitor language, Arabic right to left with the number left to right', async () => {
    expect(await unavailableResponse('/pl/kontakt').text()).toContain('<html lang="pl" dir="ltr">');
    expect(await unavailableResponse('/tr/iletisim').text()).toContain('<html lang="tr" dir="ltr">');
    const arabic = await unavailableResponse('/ar/contact').text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toMatch(/<a href="tel:\+31302001234" dir="ltr">030 200 1234<\/a>/);
  });

  it('loads nothing and runs nothing', async () => {
    const response = unavailableResponse('/w/abc');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).not.toMatch(/<script|<link|<img|src=/);
  });
});
