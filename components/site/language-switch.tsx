import { translator } from '@/lib/i18n/translator';
import { beaconUrl } from '@/lib/counting/beacon';
import { alternatePath } from '@/lib/i18n/alternate-path';
import type { Locale } from '@/lib/i18n/routing';

/** A plain link to the same page in the other language: no cookie, works without JavaScript. */
export function LanguageSwitch({ locale, pathname }: { locale: Locale; pathname: string }) {
  const t = translator(locale, 'LanguageSwitch');
  const target: Locale = locale === 'nl' ? 'en' : 'nl';
  return (
    <a
      href={alternatePath(pathname, target)}
      hrefLang={target}
      lang={target}
      ping={beaconUrl({ kind: 'language_switch' })}
      className="inline-flex min-h-11 items-center rounded-md px-2 py-2 text-sm font-semibold text-brand-dark sm:text-base"
    >
      {t('label')}
    </a>
  );
}
