import { DEFAULT_VISITOR_LOCALE, type VisitorLocale } from './locales';

/**
 * The language `/` leads to: the first of the visitor's Accept-Language choices we offer (by weight, then order;
 * `en-GB` counts as `en`), else Dutch. No cookie remembers it: the language lives in the address.
 */
export function chooseLocale(
  acceptLanguage: string | undefined,
  offered: readonly VisitorLocale[],
): VisitorLocale {
  const choices = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.trim().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((choice) => choice.weight > 0 && (offered as readonly string[]).includes(choice.language))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (choices[0]?.language as VisitorLocale | undefined) ?? DEFAULT_VISITOR_LOCALE;
}
