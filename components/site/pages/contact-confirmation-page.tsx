import { getTranslations } from 'next-intl/server';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PrimaryHelpline } from '@/lib/server/helpline';

/** After sending: the reference code to quote, what happens next, and the number for anything urgent. */
export async function ContactConfirmationPage({
  code,
  helpline,
}: {
  code: string | null;
  helpline: PrimaryHelpline;
}) {
  const t = await getTranslations('ContactConfirmationPage');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {code && (
        <div className="rounded-lg border-l-4 border-brand bg-white p-4 shadow-sm">
          <p className="font-semibold">{t('codeLabel')}</p>
          <p className="font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
            {code}
          </p>
          <p className="mt-2">{t('keep')}</p>
        </div>
      )}
      <p>{t('next')}</p>
      <p>
        <a href={helpline.href} className="font-bold">
          {t('urgent', { number: helpline.display })}
        </a>
      </p>
      <p>
        <Link href="/contact/status" className="inline-flex min-h-11 items-center font-semibold">
          {t('statusLink')}
        </Link>
      </p>
    </div>
  );
}
