/**
 * The languages of the visitor pages. The staff application stays in Dutch and English (`routing.locales`); which
 * of these an installation offers is `VISITOR_LOCALES` (lib/config/env-schema.ts; docs/languages.md), Dutch always among them.
 */
export const VISITOR_LOCALES = ['nl', 'en', 'pl', 'tr', 'ar'] as const;
export type VisitorLocale = (typeof VISITOR_LOCALES)[number];

export const DEFAULT_VISITOR_LOCALE: VisitorLocale = 'nl';

/** Each language in its own name and script, as the language menu lists it. */
export const LOCALE_NAMES: Record<VisitorLocale, string> = {
  nl: 'Nederlands',
  en: 'English',
  pl: 'Polski',
  tr: 'Türkçe',
  ar: 'العربية',
};

export function isVisitorLocale(value: unknown): value is VisitorLocale {
  return typeof value === 'string' && (VISITOR_LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: VisitorLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The staff side's two languages: texts that exist only in Dutch and English (an admin's labels) use English. */
export function staffLanguageOf(locale: VisitorLocale): 'nl' | 'en' {
  return locale === 'nl' ? 'nl' : 'en';
}

/**
 * `VISITOR_LOCALES=nl,en,pl`: the offered languages in the order given, unknown codes refused. Dutch must be among
 * them (it is the language of `/` when nothing else fits, and of the municipality's own texts).
 */
export function parseVisitorLocales(
  value: string,
): { ok: true; locales: VisitorLocale[] } | { ok: false; error: string } {
  const codes = value
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const unknown = codes.filter((code) => !isVisitorLocale(code));
  if (unknown.length > 0) return { ok: false, error: `unknown language(s): ${unknown.join(', ')}` };
  const locales = [...new Set(codes)] as VisitorLocale[];
  if (!locales.includes('nl')) return { ok: false, error: 'nl must be one of them' };
  return { ok: true, locales };
}

/**
 * A phone number, key or code inside a sentence, kept left to right on a right-to-left page (Unicode isolates:
 * `030 200 1234` would otherwise read as `1234 200 030` between Arabic words). Unchanged on other pages.
 */
export function ltrInText(text: string, locale: VisitorLocale): string {
  return directionOf(locale) === 'rtl' ? `\u2066${text}\u2069` : text;
}
