import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';
import type { Locale } from './routing';

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const MESSAGES: Record<Locale, Messages> = { nl, en };
const made = new Map<string, unknown>();

/**
 * The messages of one namespace in one language, for code that renders outside a request of Next's (the visitor
 * documents, the 503 page): typed like `getTranslations`, made once per language and namespace.
 */
export function translator<const N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}:${namespace}`;
  const cached = made.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (cached) return cached;
  const t = createTranslator<Messages, N>({
    locale,
    messages: MESSAGES[locale],
    namespace,
    timeZone: 'Europe/Amsterdam',
  });
  made.set(key, t);
  return t;
}
