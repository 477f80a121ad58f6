import { localizedPattern, matchPattern } from '@/lib/i18n/alternate-path';
import { type AppPathname, type Locale, routing } from '@/lib/i18n/routing';

/** The visitor pages: every internal pathname but the staff application's. */
export type VisitorPathname = Exclude<AppPathname, '/staff' | `/staff/${string}`>;

export type DocumentMatch =
  | { kind: 'page'; locale: Locale; page: VisitorPathname; params: Record<string, string> }
  /** `/w/<code>`: the wave decides the language. */
  | { kind: 'wave'; code: string }
  /** Under a locale, but no such page: the 404 document in that language. */
  | { kind: 'not-found'; locale: Locale }
  /** `/` or a path without a locale: redirected to the visitor's language (Accept-Language decides). */
  | { kind: 'choose-locale'; rest: string }
  | { kind: 'redirect'; location: string };

const WAVE_LINK = /^\/w\/([A-Za-z0-9-]{1,64})$/;
const isLocale = (value: string): value is Locale => (routing.locales as readonly string[]).includes(value);

const VISITOR_PATHNAMES = (Object.keys(routing.pathnames) as AppPathname[]).filter(
  (pathname): pathname is VisitorPathname => pathname !== '/staff' && !pathname.startsWith('/staff/'),
);

/**
 * Which visitor document a (decoded) request path asks for, or null when it is not one: the staff application,
 * route handlers, Next's assets and files are served by Next.
 */
export function matchDocument(pathname: string): DocumentMatch | null {
  if (pathname.length > 1 && pathname.endsWith('/'))
    return { kind: 'redirect', location: pathname.replace(/\/+$/, '') || '/' };
  const [, first = '', second = ''] = pathname.split('/');
  if (first === 'api' || first.startsWith('_next') || /\.[^/]*$/.test(pathname)) return null;
  const wave = WAVE_LINK.exec(pathname);
  if (wave?.[1]) return { kind: 'wave', code: wave[1].toLowerCase() };
  if (!isLocale(first)) return { kind: 'choose-locale', rest: pathname === '/' ? '' : pathname };
  if (second === 'staff') return null;
  const inner = pathname.slice(first.length + 1) || '/';
  for (const page of VISITOR_PATHNAMES) {
    const params = matchPattern(localizedPattern(page, first), inner);
    if (params) return { kind: 'page', locale: first, page, params };
  }
  return { kind: 'not-found', locale: first };
}
