import { createTranslator, type Locale, type Messages } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';
import pl from '@/messages/pl.json';
import tr from '@/messages/tr.json';
import type { VisitorLocale } from './locales';
import type { VisitorNamespace } from './visitor-namespaces';

/** What every visitor language has: the type check fails when a language lacks a namespace or a key. */
type VisitorMessages = Pick<Messages, VisitorNamespace>;

const MESSAGES: Record<VisitorLocale, VisitorMessages> = { nl, en, pl, tr, ar };

/** Numbers in Western digits on Arabic pages too: phone numbers, times and keys are written that way here. */
const FORMAT_LOCALE: Record<VisitorLocale, string> = {
  nl: 'nl',
  en: 'en',
  pl: 'pl',
  tr: 'tr',
  ar: 'ar-u-nu-latn',
};

const made = new Map<string, unknown>();

/**
 * The messages of one visitor namespace in one language, for code that renders outside a request of Next's (the
 * visitor documents, the 503 page): typed like `getTranslations`, made once per language and namespace.
 */
export function translator<const N extends VisitorNamespace>(locale: VisitorLocale, namespace: N) {
  const key = `${locale}:${namespace}`;
  const cached = made.get(key) as ReturnType<typeof createTranslator<VisitorMessages, N>> | undefined;
  if (cached) return cached;
  const t = createTranslator<VisitorMessages, N>({
    // Typed as the staff side's two (next-intl's AppConfig); Intl takes any BCP 47 tag, and these five it knows.
    locale: FORMAT_LOCALE[locale] as Locale,
    messages: MESSAGES[locale],
    namespace,
    timeZone: 'Europe/Amsterdam',
  });
  made.set(key, t);
  return t;
}
