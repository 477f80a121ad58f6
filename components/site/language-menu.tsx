import { beaconUrl } from '@/lib/counting/beacon';
import { alternatePath } from '@/lib/i18n/alternate-path';
import { LOCALE_NAMES, type VisitorLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

/**
 * The languages of this installation, each in its own name and script, as plain links to the same page: a
 * disclosure (`details`) opens without JavaScript, and no cookie remembers the choice (the language is in the
 * address).
 */
export function LanguageMenu({
  locale,
  locales,
  pathname,
}: {
  locale: VisitorLocale;
  locales: readonly VisitorLocale[];
  pathname: string;
}) {
  const t = translator(locale, 'LanguageSwitch');
  if (locales.length < 2) return null;
  return (
    // Opened, the list takes its own room below the header row rather than floating over the page: nothing to
    // position, so it cannot end up off screen on a narrow phone or a right-to-left page.
    <details data-testid="language-menu">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-2 py-2 text-sm font-semibold text-brand-dark sm:text-base">
        {t('label')}
      </summary>
      <ul className="mb-1 rounded-md border border-line bg-white p-1">
        {locales.map((target) => (
          <li key={target}>
            <a
              href={alternatePath(pathname, target)}
              hrefLang={target}
              lang={target}
              aria-current={target === locale ? 'true' : undefined}
              ping={target === locale ? undefined : beaconUrl({ kind: 'language_switch' })}
              className="flex min-h-11 items-center rounded px-3 py-2 font-semibold text-brand-dark aria-[current]:bg-brand-soft"
            >
              {LOCALE_NAMES[target]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
