import { getTranslations } from 'next-intl/server';
import type { PublicStatus } from '@/lib/server/contact/requests';
import type { PrimaryHelpline } from '@/lib/server/helpline';

export interface ContactStatusPageProps {
  code: string;
  /** undefined: nothing asked yet; null: no request with this code. */
  status: PublicStatus | null | undefined;
  helpline: PrimaryHelpline;
}

/** "Check my request": shows only received / picked up / answered for a reference code, nothing else. */
export async function ContactStatusPage({ code, status, helpline }: ContactStatusPageProps) {
  const t = await getTranslations('ContactStatusPage');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="space-y-2">
        <label htmlFor="status-code" className="block font-bold">
          {t('codeLabel')}
        </label>
        <p id="status-code-hint" className="text-muted">
          {t('codeHint')}
        </p>
        <div className="flex flex-wrap gap-3">
          <input
            id="status-code"
            name="code"
            defaultValue={code}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="status-code-hint"
            className="min-h-11 w-40 rounded-md border-2 border-ink bg-white px-2 font-mono text-lg uppercase"
          />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 font-bold text-white"
          >
            {t('submit')}
          </button>
        </div>
      </form>
      {status === null && (
        <p role="status" className="rounded-md border-2 border-danger bg-white p-3">
          {t('notFound', { number: helpline.display })}
        </p>
      )}
      {status && (
        <p role="status" className="rounded-md bg-brand-soft p-3" data-testid="request-status">
          <span className="font-bold">{t('statusLabel')}:</span> {t(`status.${status}`)}
        </p>
      )}
    </div>
  );
}
