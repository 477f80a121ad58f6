import 'server-only';
import { directionOf, isVisitorLocale, type VisitorLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { getPrimaryHelpline } from '@/lib/server/helpline';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * What a visitor sees from an instance that is shutting down, for a page or a form post alike: a load balancer
 * normally retries elsewhere, but when it cannot (a post is not retried) the person still gets the number, in their
 * language, and is told plainly that a message just sent did not arrive. No scripts, no requests, nothing stored.
 * Also the answer (500) when a visitor document cannot be rendered at all.
 */
export function unavailableResponse(pathname: string, status: 500 | 503 = 503): Response {
  // Every language of ours, offered here or not: this page must not depend on anything that could be broken.
  const first = pathname.split('/')[1];
  const locale: VisitorLocale = isVisitorLocale(first) ? first : 'nl';
  const t = translator(locale, 'UnavailablePage');
  const helpline = getPrimaryHelpline();
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('title'))}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:1rem;max-width:36rem;color:#111}a{display:inline-block;padding:.5rem 0;font-size:1.5rem;font-weight:700;color:#064}</style>
</head><body><main>
<h1>${escapeHtml(t('title'))}</h1>
<p>${escapeHtml(t('text'))}</p>
<p>${escapeHtml(t('sent'))}</p>
<p>${escapeHtml(t('call'))} <a href="${escapeHtml(helpline.href)}" dir="ltr">${escapeHtml(helpline.display)}</a></p>
</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': '1',
      Connection: 'close',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  });
}
