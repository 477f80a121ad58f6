import type { ComponentProps } from 'react';
import { type LocalizedHref, localizedPath } from '@/lib/i18n/localized-path';
import type { VisitorLocale } from '@/lib/i18n/locales';

/**
 * A plain link to one of our pages in the visitor's language. Visitor pages are documents that navigate with full
 * page loads, so a link is nothing but its localized address.
 */
export function SiteLink({
  href,
  locale,
  children,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & { href: LocalizedHref; locale: VisitorLocale }) {
  return (
    <a href={localizedPath(href, locale)} {...props}>
      {children}
    </a>
  );
}
