import { StatusLookupForm } from '@/components/contact/status-lookup-form';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import type { StatusLookupState } from '@/lib/server/visitor-forms/contact-status';

export interface ContactStatusPageProps {
  locale: VisitorLocale;
  helpline: PrimaryHelpline;
  /** The answer to this request's post, or null for a GET. */
  answer: StatusLookupState | null;
}

/** "Check my request": the code is posted, and only received / picked up / answered is shown, nothing else. */
export function ContactStatusPage({ locale, helpline, answer }: ContactStatusPageProps) {
  const t = translator(locale, 'ContactStatusPage');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <StatusLookupForm
        locale={locale}
        answer={answer}
        helpline={{ display: helpline.display, href: helpline.href }}
      />
    </div>
  );
}
