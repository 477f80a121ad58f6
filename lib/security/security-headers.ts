/** Headers for every response, from Next (next.config.ts) and from the visitor documents alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Not `no-referrer`: under it a browser posts a form with `Origin: null`, which any other page can forge too.
  // `same-origin` sends nothing to other sites and lets our own posts carry their real origin.
  'Referrer-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), ' +
    'interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), ' +
    'serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
};

/**
 * The policy of a visitor document: nothing runs but our own script files (no inline script, so no nonce and the
 * same bytes can be served to everyone from the cache), one stylesheet of ours, and forms post only to us.
 */
export function documentContentSecurityPolicy({ development = false } = {}): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ];
  if (!development) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
