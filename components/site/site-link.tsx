import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { type LocalizedHref, localizedPath } from '@/lib/i18n/localized-path';

/**
 * A plain link to one of our pages in the visitor's language, rendered on the server. Visitor pages navigate with full
 * page loads: that keeps next-intl's client runtime (about 15 KB) off every visitor page, and each page is rendered
 * per request anyway.
 */
export async function SiteLink({
  href,
  children,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & { href: LocalizedHref }) {
  const locale = await getLocale();
  return (
    <a href={localizedPath(href, locale)} {...props}>
      {children}
    </a>
  );
}
