import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { forwardRequestHeaders } from '@/lib/security/request-headers';
import { isRefusedResetLink } from '@/lib/server/auth/reset-link-guard';
import { afterPageRequest, isDraining } from '@/lib/server/proxy-hooks';
import { guardPageRequest } from '@/lib/server/request-guard';
import { unavailableResponse } from '@/lib/server/unavailable-page';

const handleI18nRouting = createMiddleware(routing);

/**
 * The pages Next renders: the staff application. Every visitor page is a document, served before Next by the request
 * layer (lib/server/documents), which never reaches this proxy.
 */
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
  let response = handleI18nRouting(request);
  const isRewriteOrNext =
    response.headers.has('x-middleware-rewrite') || response.headers.has('x-middleware-next');
  if (isRewriteOrNext && (await isRefusedResetLink(request.nextUrl.pathname, request.nextUrl.searchParams))) {
    // A password-reset link that does not work (any more): the page explains, the status refuses.
    response = new NextResponse(null, { status: 403, headers: response.headers });
  }
  forwardRequestHeaders(response, request.headers, {
    'x-nonce': nonce,
    'content-security-policy': csp,
    'x-uitweg-pathname': request.nextUrl.pathname,
  });
  response.headers.set('Content-Security-Policy', csp);
  // Redirects are not page views; the page they lead to is.
  if (response.status < 300 || response.status >= 400) await afterPageRequest(request);
  return response;
}

export const config = {
  // Everything but route handlers, Next's own assets and files with an extension. Visitor documents never get here
  // (the request layer answers them first); what does is the staff application and any odd path, which must meet the
  // request guard before Next's action handler does.
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
