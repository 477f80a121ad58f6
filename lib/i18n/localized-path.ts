import type { VisitorLocale } from './locales';
import type { AppPathname } from './routing';
import { visitorPattern } from './visitor-paths';

export type LocalizedHref =
  AppPathname | { pathname: AppPathname; params?: Record<string, string>; query?: Record<string, string> };

/**
 * The external path of one of our pages in a language (`/help/addiction` → `/nl/hulp/verslaving`). Server-side and
 * dependency-free on purpose: importing next-intl's navigation helpers drags its client runtime into every page.
 */
export function localizedPath(href: LocalizedHref, locale: VisitorLocale): string {
  const { pathname, params = {}, query } = typeof href === 'string' ? { pathname: href } : href;
  const path = visitorPattern(pathname, locale).replace(/\[(\w+)\]/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
  return `/${locale}${path === '/' ? '' : path}${search}`;
}
