import { translator } from '@/lib/i18n/translator';
import { SiteLink as Link } from '@/components/site/site-link';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './language-switch';
import { QuickExitLink } from './quick-exit-link';

export function SiteHeader({
  locale,
  pathname,
  exitUrl,
}: {
  locale: Locale;
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
        <div className="flex items-center gap-1">
          <LanguageSwitch locale={locale} pathname={pathname} />
          <QuickExitLink locale={locale} exitUrl={exitUrl} />
        </div>
      </div>
    </header>
  );
}
