import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { classifyPath } from '@/lib/counting/page-group';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { forwardRequestHeaders } from '@/lib/security/request-headers';
import { isRefusedResetLink } from '@/lib/server/auth/reset-link-guard';
import { afterPageRequest, isDraining, resolveWaveLink, type WaveLink } from '@/lib/server/proxy-hooks';
import { guardPageRequest } from '@/lib/server/request-guard';
import { unavailableResponse } from '@/lib/server/unavailable-page';

const handleI18nRouting = createMiddleware(routing);

const WAVE_LINK = /^\/w\/([A-Za-z0-9-]{1,64})\/?$/;

export default async function proxy(request: NextRequest) {
  if (isDraining()) {
    // Shutting down: counts already taken are being flushed. A load balancer sends the visitor to another instance;
    // without one, the visitor still sees the number.
    return unavailableResponse(request.nextUrl.pathname);
  }
  const refused = await guardPageRequest(request);
  if (refused) return refused;
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  const match = WAVE_LINK.exec(request.nextUrl.pathname);
  let waveLink: WaveLink | null = null;
  let response: NextResponse;
  if (match?.[1]) {
    // A rewrite, not a redirect: one round trip less on a slow phone, and the short link stays in the address bar.
    waveLink = await resolveWaveLink(match[1].toLowerCase());
    response = NextResponse.rewrite(new URL(`/${waveLink.locale}/w/${waveLink.code}`, request.url));
  } else {
    response = handleI18nRouting(request);
    // Unknown pages under a locale are rendered by the catch-all page; give them their proper status here.
    const isRewriteOrNext =
      response.headers.has('x-middleware-rewrite') || response.headers.has('x-middleware-next');
    if (isRewriteOrNext && classifyPath(request.nextUrl.pathname)?.group === 'other') {
      response = withStatus(response, 404);
    } else if (
      isRewriteOrNext &&
      (await isRefusedResetLink(request.nextUrl.pathname, request.nextUrl.searchParams))
    ) {
      // A password-reset link that does not work (any more): the page explains, the status refuses.
      response = withStatus(response, 403);
    }
  }

  forwardRequestHeaders(response, request.headers, {
    'x-nonce': nonce,
    'content-security-policy': csp,
    'x-uitweg-pathname': request.nextUrl.pathname,
  });
  response.headers.set('Content-Security-Policy', csp);
  // Redirects (e.g. `/` to `/nl`) are not page views; the page they lead to is.
  if (response.status < 300 || response.status >= 400) await afterPageRequest(request, waveLink);
  return response;
}

function withStatus(response: NextResponse, status: number): NextResponse {
  return new NextResponse(null, { status, headers: response.headers });
}

export const config = {
  // Everything but route handlers, Next's own assets and files with an extension (robots.txt, icons).
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
