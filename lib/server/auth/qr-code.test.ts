import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr-code';

describe('the TOTP QR code', () => {
  it('is inline SVG with an accessible name, without styles, scripts or outside references', async () => {
    const svg = await qrCodeSvg(
      'otpauth://totp/Uitweg:a%40b.nl?issuer=Uitweg&secret=GEZDGNBV',
      'QR-code "x" <y>',
    );
    expect(svg).toMatch(/^<svg role="img" aria-label="QR-code &quot;x&quot; &lt;y&gt;" /);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/style|script|href|data:|url\(/i);
    expect(svg).not.toContain('GEZDGNBV');
  });
});
