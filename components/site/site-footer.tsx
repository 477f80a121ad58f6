import { translator } from '@/lib/i18n/translator';
import { SiteLink as Link } from '@/components/site/site-link';
import type { VisitorLocale } from '@/lib/i18n/locales';

export function SiteFooter({ locale }: { locale: VisitorLocale }) {
  const t = translator(locale, 'SiteFooter');
  const links = [
    { href: '/is-this-sms-real', label: t('real') },
    { href: '/help', label: t('help') },
    { href: '/parents', label: t('parents') },
    { href: '/professionals', label: t('professionals') },
    { href: '/contact/status', label: t('status') },
    { href: '/conversation', label: t('conversation') },
    { href: '/privacy', label: t('privacy') },
    { href: '/research', label: t('research') },
    { href: '/accessibility', label: t('accessibility') },
  ] as const;
  return (
    <footer className="mt-12 border-t border-line bg-white">
      <div className="mx-auto max-w-3xl px-4 py-6">
        <nav aria-label={t('navLabel')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link locale={locale} href={link.href} className="inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4 text-sm text-muted">{t('noTracking')}</p>
      </div>
    </footer>
  );
}
