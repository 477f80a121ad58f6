import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { forwardRequestHeaders } from '@/lib/security/request-headers';
import { afterPageRequest, waveLocale } from '@/lib/server/proxy-hooks';

const handleI18nRouting = createMiddleware(routing);

const WAVE_LINK = /^\/w\/([A-Za-z0-9-]{1,64})\/?$/;

export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  const wave = WAVE_LINK.exec(request.nextUrl.pathname);
  let response: NextResponse;
  if (wave?.[1]) {
    // A rewrite, not a redirect: one round trip less on a slow phone, and the short link stays in the address bar.
    const code = wave[1].toLowerCase();
    const locale = await waveLocale(code);
    response = NextResponse.rewrite(new URL(`/${locale}/w/${code}`, request.url));
  } else {
    response = handleI18nRouting(request);
  }

  forwardRequestHeaders(response, request.headers, {
    'x-nonce': nonce,
    'content-security-policy': csp,
    'x-uitweg-pathname': request.nextUrl.pathname,
  });
  response.headers.set('Content-Security-Policy', csp);
  afterPageRequest(request, response);
  return response;
}

export const config = {
  // Everything but route handlers, Next's own assets and files with an extension (robots.txt, icons).
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
