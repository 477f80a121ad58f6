'use client';

import { useParams } from 'next/navigation';

/*
 * Error boundaries must be client components, and the root layout gives the client provider no messages
 * (messages={null}), so useTranslations cannot be used here. Importing messages/*.json would ship both whole files
 * to every visitor page (the bundler does not tree-shake JSON namespaces; checked in the client chunk). The
 * simplest correct option: these four short strings per language, chosen by the locale from the route params.
 * They are the ErrorPage namespace of messages/*.json word for word, which tests/unit/messages.test.ts checks,
 * so the copy stays under the parity and plain-language tests.
 * The boundary sits inside the (site) layout, which stays rendered: the header with quick exit and the help bar
 * with the helpline number and the "write to us" link remain on screen above this message.
 */
const COPY = {
  nl: {
    title: 'Er ging iets mis',
    text: 'Deze pagina kon niet laden. Probeer het nog een keer.',
    retry: 'Opnieuw proberen',
    help: 'Wil je hulp? Bovenaan de pagina kun je ons bellen of schrijven.',
  },
  en: {
    title: 'Something went wrong',
    text: 'This page could not load. Please try again.',
    retry: 'Try again',
    help: 'Would you like help? At the top of the page you can call or write to us.',
  },
} as const;

export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const text = locale === 'en' ? COPY.en : COPY.nl;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p className="text-lg">{text.text}</p>
      <p>
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-bold text-white hover:bg-brand-dark"
        >
          {text.retry}
        </button>
      </p>
      <p>{text.help}</p>
    </div>
  );
}
