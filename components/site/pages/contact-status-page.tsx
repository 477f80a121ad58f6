import { getTranslations } from 'next-intl/server';
import { StatusLookupForm } from '@/components/contact/status-lookup-form';
import type { StatusLookupState } from '@/app/[locale]/(site)/contact/status/actions';
import type { PrimaryHelpline } from '@/lib/server/helpline';

export interface ContactStatusPageProps {
  action: (state: StatusLookupState, form: FormData) => Promise<StatusLookupState>;
  helpline: PrimaryHelpline;
}

/** "Check my request": the code is posted, and only received / picked up / answered is shown, nothing else. */
export async function ContactStatusPage({ action, helpline }: ContactStatusPageProps) {
  const t = await getTranslations('ContactStatusPage');
  const number = { number: helpline.display };
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <StatusLookupForm
        action={action}
        helpline={{ display: helpline.display, href: helpline.href }}
        text={{
          codeLabel: t('codeLabel'),
          codeHint: t('codeHint'),
          submit: t('submit'),
          statusLabel: t('statusLabel'),
          errorPrefix: t('errorPrefix'),
          status: {
            received: t('status.received'),
            picked_up: t('status.picked_up'),
            answered: t('status.answered'),
          },
          codeRequired: t('codeRequired'),
          notFound: t('notFound', number),
          rateLimited: t('rateLimited', number),
          unavailable: t('unavailable', number),
        }}
      />
    </div>
  );
}
