import { translator } from '@/lib/i18n/translator';
import { SiteLink as Link } from '@/components/site/site-link';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { LanguageMenu } from './language-menu';
import { QuickExitLink } from './quick-exit-link';

export function SiteHeader({
  locale,
  locales,
  pathname,
  exitUrl,
}: {
  locale: VisitorLocale;
  locales: readonly VisitorLocale[];
  pathname: string;
  exitUrl: string;
}) {
  const t = translator(locale, 'SiteHeader');
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-2 px-4 py-1">
        <Link
          locale={locale}
          href="/"
          className="inline-flex min-h-11 items-center text-sm font-bold text-ink no-underline sm:text-base"
        >
          {t('siteName')}
        </Link>
        <div className="flex items-start gap-1">
          <LanguageMenu locale={locale} locales={locales} pathname={pathname} />
          <QuickExitLink locale={locale} exitUrl={exitUrl} />
        </div>
      </div>
    </header>
  );
}
