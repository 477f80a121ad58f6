import { matchPattern } from '@/lib/i18n/alternate-path';
import { isVisitorLocale, type VisitorLocale } from '@/lib/i18n/locales';
import { VISITOR_PATHNAMES, type VisitorPathname, visitorPattern } from '@/lib/i18n/visitor-paths';

export type { VisitorPathname } from '@/lib/i18n/visitor-paths';

export type DocumentMatch =
  | { kind: 'page'; locale: VisitorLocale; page: VisitorPathname; params: Record<string, string> }
  /** `/w/<code>`: the wave decides the language. */
  | { kind: 'wave'; code: string }
  /** Under a locale, but no such page: the 404 document in that language. */
  | { kind: 'not-found'; locale: VisitorLocale }
  /** `/` or a path without a locale: redirected to the visitor's language (Accept-Language decides). */
  | { kind: 'choose-locale'; rest: string }
  | { kind: 'redirect'; location: string }
  /** A language of ours that this installation does not offer: to the Dutch home page, for now (307). */
  | { kind: 'not-offered' };

const WAVE_LINK = /^\/w\/([A-Za-z0-9-]{1,64})$/;

/**
 * Which visitor document a (decoded) request path asks for, or null when it is not one: the staff application,
 * route handlers, Next's assets and files are served by Next. A language this installation does not offer leads to
 * the Dutch home page.
 */
export function matchDocument(pathname: string, offered: readonly VisitorLocale[]): DocumentMatch | null {
  if (pathname.length > 1 && pathname.endsWith('/'))
    return { kind: 'redirect', location: pathname.replace(/\/+$/, '') || '/' };
  const [, first = '', second = ''] = pathname.split('/');
  if (first === 'api' || first.startsWith('_next') || /\.[^/]*$/.test(pathname)) return null;
  const wave = WAVE_LINK.exec(pathname);
  if (wave?.[1]) return { kind: 'wave', code: wave[1].toLowerCase() };
  if (!isVisitorLocale(first)) return { kind: 'choose-locale', rest: pathname === '/' ? '' : pathname };
  if (second === 'staff')
    return first === 'nl' || first === 'en' ? null : { kind: 'not-found', locale: first };
  if (!offered.includes(first)) return { kind: 'not-offered' };
  const inner = pathname.slice(first.length + 1) || '/';
  for (const page of VISITOR_PATHNAMES) {
    const params = matchPattern(visitorPattern(page, first), inner);
    if (params) return { kind: 'page', locale: first, page, params };
  }
  return { kind: 'not-found', locale: first };
}
