import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname } from '@/lib/i18n/navigation';

type Href = Parameters<typeof getPathname>[0]['href'];

/**
 * A plain link to one of our pages in the visitor's language, rendered on the server. Visitor pages navigate with full
 * page loads: that keeps next-intl's client runtime (about 15 KB) off every visitor page, and each page is rendered
 * per request anyway.
 */
export async function SiteLink({
  href,
  children,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & { href: Href }) {
  const locale = await getLocale();
  return (
    <a href={getPathname({ href, locale })} {...props}>
      {children}
    </a>
  );
}
