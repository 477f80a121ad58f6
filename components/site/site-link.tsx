import type { ComponentProps } from 'react';
import { type LocalizedHref, localizedPath } from '@/lib/i18n/localized-path';
import type { Locale } from '@/lib/i18n/routing';

/**
 * A plain link to one of our pages in the visitor's language. Visitor pages are documents that navigate with full
 * page loads, so a link is nothing but its localized address.
 */
export function SiteLink({
  href,
  locale,
  children,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & { href: LocalizedHref; locale: Locale }) {
  return (
    <a href={localizedPath(href, locale)} {...props}>
      {children}
    </a>
  );
}
