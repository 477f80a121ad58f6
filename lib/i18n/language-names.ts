import type { VisitorLocale } from './locales';

/** A language's name in the reader's language ("Pools", "Polish"), from the runtime's own data. */
export function languageName(language: VisitorLocale, reader: string): string {
  return new Intl.DisplayNames([reader], { type: 'language' }).of(language) ?? language;
}

/** "Dutch and English", "Nederlands, Engels en Pools": a list of languages in the reader's language. */
export function languageList(languages: readonly VisitorLocale[], reader: string): string {
  const names = languages.map((language) => languageName(language, reader));
  return new Intl.ListFormat([reader], { style: 'long', type: 'conjunction' }).format(names);
}
