import { translator } from '@/lib/i18n/translator';
import { SiteLink as Link } from '@/components/site/site-link';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';

/**
 * The localized 404, with the call link itself (the number comes from configuration, so it works with the database
 * down): it also renders outside the visitor frame (Next's own 404), where there is no help bar. `standalone` there: it is then the
 * page's main landmark itself; inside the site frame the frame's <main id="main"> already is, and may not be doubled.
 */
export function NotFoundPage({
  locale,
  standalone = false,
}: {
  locale: VisitorLocale;
  standalone?: boolean;
}) {
  const t = translator(locale, 'NotFoundPage');
  const helpline = getPrimaryHelpline();
  const Container = standalone ? 'main' : 'div';
  return (
    <Container id={standalone ? 'main' : undefined} className="mx-auto max-w-3xl space-y-4 px-4 py-10">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('text')}</p>
      <p>
        <Link locale={locale} href="/" className="inline-flex min-h-11 items-center font-semibold">
          {t('home')}
        </Link>
      </p>
      <section
        aria-labelledby="not-found-help"
        className="rounded-lg border-s-4 border-brand bg-brand-soft p-4"
      >
        <h2 id="not-found-help" className="font-bold">
          {t('help')}
        </h2>
        <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
          <a
            href={helpline.href}
            ping="/api/e?k=tap&c=primary"
            className="inline-flex min-h-12 items-center rounded-md bg-brand px-5 py-3 text-lg font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t('call', { number: ltrInText(helpline.display, locale) })}
          </a>
          <Link locale={locale} href="/contact" className="inline-flex min-h-11 items-center font-semibold">
            {t('write')}
          </Link>
        </div>
      </section>
    </Container>
  );
}
