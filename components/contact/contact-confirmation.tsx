import { SiteLink as Link } from '@/components/site/site-link';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

export interface ContactConfirmationProps {
  locale: VisitorLocale;
  code: string;
  helpline: { display: string; href: string };
}

/**
 * After sending: the reference code to quote, what happens next, the number for anything urgent. It is the answer to
 * the post itself, so the code is in no address and never in the history of a shared phone.
 */
export function ContactConfirmation({ locale, code, helpline }: ContactConfirmationProps) {
  const t = translator(locale, 'ContactConfirmation');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div className="rounded-lg border-s-4 border-brand bg-white p-4 shadow-sm">
        <p className="font-semibold">{t('codeLabel')}</p>
        <p className="font-mono text-3xl font-bold tracking-widest" data-testid="reference-code" dir="ltr">
          {code}
        </p>
        <p className="mt-2">{t('keep')}</p>
      </div>
      <p>{t('next')}</p>
      <p>
        <a href={helpline.href} className="font-bold">
          {t('urgent', { number: ltrInText(helpline.display, locale) })}
        </a>
      </p>
      <p>
        <Link
          locale={locale}
          href="/contact/status"
          className="inline-flex min-h-11 items-center font-semibold"
        >
          {t('statusLink')}
        </Link>
      </p>
    </div>
  );
}
