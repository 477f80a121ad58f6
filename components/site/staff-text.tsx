import type { VisitorLocale } from '@/lib/i18n/locales';
import { staffLanguageOf } from '@/lib/i18n/locales';

/**
 * A text staff wrote in Dutch and English (a channel's label, when to use it), on a page in any visitor language:
 * the page's own language where it has one, else English, marked as English so a screen reader says it right.
 */
export function StaffText({
  text,
  locale,
}: {
  text: Readonly<Record<'nl' | 'en', string>>;
  locale: VisitorLocale;
}) {
  const language = staffLanguageOf(locale);
  if (language === locale) return <>{text[language]}</>;
  return <span lang={language}>{text[language]}</span>;
}
