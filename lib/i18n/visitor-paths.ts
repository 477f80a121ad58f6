import type { VisitorLocale } from './locales';
import { type AppPathname, routing } from './routing';

/** The visitor pages: every internal pathname but the staff application's. */
export type VisitorPathname = Exclude<AppPathname, '/staff' | `/staff/${string}`>;

export const VISITOR_PATHNAMES = (Object.keys(routing.pathnames) as AppPathname[]).filter(
  (pathname): pathname is VisitorPathname => pathname !== '/staff' && !pathname.startsWith('/staff/'),
);

/**
 * Polish and Turkish slugs, so an address reads as the page it leads to (ASCII only: a slug is typed, shared and
 * read aloud; diacritics would be percent-encoded). Arabic pages use the English slugs: a Latin path beside an
 * Arabic page is what Arabic sites do, and a mixed-direction address is hard to read. Dutch and English are
 * next-intl's (routing.ts), which the staff application shares.
 */
const SLUGS: Record<'pl' | 'tr', Partial<Record<VisitorPathname, string>>> = {
  pl: {
    '/is-this-sms-real': '/czy-ten-sms-jest-prawdziwy',
    '/help': '/pomoc',
    '/help/addiction': '/pomoc/uzaleznienie',
    '/help/money': '/pomoc/pieniadze',
    '/help/getting-out': '/pomoc/wyjscie',
    '/parents': '/rodzice',
    '/professionals': '/specjalisci',
    '/contact': '/kontakt',
    '/contact/status': '/kontakt/status',
    '/conversation': '/rozmowa',
    '/privacy': '/prywatnosc',
    '/accessibility': '/dostepnosc',
    '/research': '/badania',
  },
  tr: {
    '/is-this-sms-real': '/bu-sms-gercek-mi',
    '/help': '/yardim',
    '/help/addiction': '/yardim/bagimlilik',
    '/help/money': '/yardim/para',
    '/help/getting-out': '/yardim/cikis-yolu',
    '/parents': '/ebeveynler',
    '/professionals': '/uzmanlar',
    '/contact': '/iletisim',
    '/contact/status': '/iletisim/durum',
    '/conversation': '/yazisma',
    '/privacy': '/gizlilik',
    '/accessibility': '/erisilebilirlik',
    '/research': '/arastirma',
  },
};

/** The pattern of one of our pages in a language (`/hulp/verslaving`, `/pomoc/uzaleznienie`, `/w/[code]`). */
export function visitorPattern(internal: AppPathname, locale: VisitorLocale): string {
  const slug = locale === 'pl' || locale === 'tr' ? SLUGS[locale][internal as VisitorPathname] : undefined;
  if (slug) return slug;
  const entry = routing.pathnames[internal];
  if (typeof entry === 'string') return entry;
  return locale === 'nl' ? entry.nl : entry.en;
}
