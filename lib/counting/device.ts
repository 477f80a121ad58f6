import type { DeviceClass } from './types';

// Checked first: some of these (Windows Phone 10, Firefox OS) also carry tablet-looking tokens.
const PHONE_FIRST = /iPhone|iPod|Windows Phone|IEMobile/;
// "Tablet PC" is a Windows desktop/convertible marker, not a tablet browser.
const TABLET = /iPad|Kindle|\bKF[A-Z]{2,6}\b|Silk\/|PlayBook|\bTab\b|Tablet(?! PC)/;
const ANDROID = /Android/;
// MDN's advice: "Mobi" matches every mobile browser token ("Mobile", "Mobi", "Opera Mobi").
const MOBI = /Mobi/;

/**
 * Coarse device class from the User-Agent header.
 *
 * iPadOS 13+ Safari deliberately sends a Macintosh desktop UA ("request desktop website" is the
 * default there), so those iPads count as desktop. We accept that rather than sniff touch support,
 * which needs client-side script and would add a fingerprinting signal.
 */
export function deviceClass(userAgent: string | null): DeviceClass {
  if (!userAgent) return 'desktop';
  if (PHONE_FIRST.test(userAgent)) return 'phone';
  if (TABLET.test(userAgent)) return 'tablet';
  // Android tablets omit "Mobile"; that is Google's documented convention for phone vs tablet.
  if (ANDROID.test(userAgent)) return MOBI.test(userAgent) ? 'phone' : 'tablet';
  if (MOBI.test(userAgent)) return 'phone';
  return 'desktop';
}
