import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Headers for every response; the page Content-Security-Policy carries a per-request nonce and is set in proxy.ts. */
const securityHeaders = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), ' +
      'interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), ' +
      'serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()',
  },
];

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT_STANDALONE === 'true' ? 'standalone' : undefined,
  // Parallel builds (several engineers, benchmarks) each use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // `npm test` typechecks the whole project as its first step; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() in the staff guard (lib/server/auth/guard.ts) renders a 403 instead of leaking a page.
  experimental: {
    authInterrupts: true,
    serverActions: {
      // Forms post without JavaScript, and with `Referrer-Policy: no-referrer` a browser sends such a post with
      // `Origin: null`. Visitor forms carry no cookie, and the staff cookie is SameSite=Strict, so a cross-site
      // post never carries a session: accepting the null origin opens no CSRF hole.
      allowedOrigins: ['null'],
      // A contact request is at most a few kilobytes; refuse anything larger before parsing it.
      bodySizeLimit: '64kb',
    },
  },
  turbopack: { root: path.resolve(process.cwd()) },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
