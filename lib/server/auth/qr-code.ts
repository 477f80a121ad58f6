import 'server-only';
import QRCode from 'qrcode';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `otpauth://` address as a QR code in inline SVG, drawn on our server: no third-party request, no data: URL,
 * and nothing the page's Content-Security-Policy has to allow (the markup has no style or script, only path data).
 * The SVG is an image with an accessible name; the secret is shown as text beside it for typing in by hand.
 */
export async function qrCodeSvg(text: string, accessibleName: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace(
    /^<svg /,
    `<svg role="img" aria-label="${escapeAttribute(accessibleName)}" width="100%" height="100%" focusable="false" `,
  );
}
