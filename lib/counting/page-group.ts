import { isVisitorLocale, VISITOR_LOCALES, type VisitorLocale } from '@/lib/i18n/locales';
import { type VisitorPathname, visitorPattern } from '@/lib/i18n/visitor-paths';
import type { PageGroup } from './types';

export type PathLocale = VisitorLocale;

export interface PathClass {
  /** null for wave links: the wave decides the language, not the URL. */
  locale: PathLocale | null;
  group: PageGroup;
  waveCode: string | null;
}

const GROUP_OF: Record<Exclude<VisitorPathname, '/w/[code]'>, PageGroup> = {
  '/': 'landing',
  '/is-this-sms-real': 'real',
  '/help': 'topic',
  '/help/addiction': 'topic',
  '/help/money': 'topic',
  '/help/getting-out': 'topic',
  '/parents': 'parents',
  '/professionals': 'professionals',
  '/contact': 'contact',
  '/contact/status': 'contact',
  '/conversation': 'contact',
  '/privacy': 'statements',
  '/accessibility': 'statements',
  '/research': 'statements',
};

// Exact localized pathnames (without the locale prefix). Anything else under a locale is 'other':
// an unknown slug is a 404 and should not inflate a named group.
const ROUTES = {} as Record<PathLocale, ReadonlyMap<string, PageGroup>>;
for (const locale of VISITOR_LOCALES) {
  const pages = Object.entries(GROUP_OF) as [VisitorPathname, PageGroup][];
  ROUTES[locale] = new Map(
    pages.map(([internal, group]) => [visitorPattern(internal, locale).slice(1), group]),
  );
}

const WAVE_CODE = /^[a-z0-9-]{3,32}$/;
const NON_VISITOR_ROOTS = new Set(['api', '_next', 'staff']);

/**
 * Maps a request pathname to the coarse page group that gets counted, or null when the request
 * must not be counted as a page view at all: API calls, assets, staff screens, and unprefixed paths
 * such as `/`, which the locale middleware only redirects (counting them too would double-count
 * the visit that lands on the redirect target).
 */
export function classifyPath(pathname: string): PathClass | null {
  const path = pathname.split(/[?#]/, 1)[0] ?? '';
  const segments = path.split('/').filter((segment) => segment !== '');
  const [first, second, ...rest] = segments;
  if (first === undefined || NON_VISITOR_ROOTS.has(first)) return null;
  if (/\.[^/]*$/.test(segments[segments.length - 1] ?? '')) return null;

  if (first === 'w') {
    const code = second?.toLowerCase();
    if (code === undefined || rest.length > 0 || !WAVE_CODE.test(code)) return null;
    return { locale: null, group: 'landing', waveCode: code };
  }

  if (!isVisitorLocale(first)) return null;
  if (second === 'staff') return null;
  const group = ROUTES[first].get(segments.slice(1).join('/')) ?? 'other';
  return { locale: first, group, waveCode: null };
}
