import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/security/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT_STANDALONE === 'true' ? 'standalone' : undefined,
  // Parallel builds (several engineers, benchmarks) each use their own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // No page uses next/image; without the optimizer `/_next/image` is a plain 404 instead of an endpoint that
  // fetches our own paths and logs an error for every probe.
  images: { unoptimized: true },
  // `npm test` typechecks the whole project as its first step; checking again inside every build only costs time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() in the staff guard (lib/server/auth/guard.ts) renders a 403 instead of leaking a page.
  experimental: {
    authInterrupts: true,
    serverActions: {
      // A contact request is at most a few kilobytes; refuse anything larger before parsing it.
      bodySizeLimit: '64kb',
    },
    // Next copies a body for the proxy to read, up to this size, then silently truncates the copy. One byte past the
    // guard's 64 KB keeps the copy small and lets the guard (lib/server/request-guard.ts) see that it was too large.
    // (The request layer already refuses a longer Content-Length and a body without one.)
    proxyClientMaxBodySize: 64 * 1024 + 1,
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
