import { translator } from '@/lib/i18n/translator';
import type { VisitorLocale } from '@/lib/i18n/locales';

export function SkipLink({ locale }: { locale: VisitorLocale }) {
  const t = translator(locale, 'SkipLink');
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:bg-white focus:px-4 focus:py-3 focus:text-ink"
    >
      {t('label')}
    </a>
  );
}
