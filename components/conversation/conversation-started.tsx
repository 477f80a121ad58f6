import { SiteLink as Link } from '@/components/site/site-link';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

export interface ConversationStartedProps {
  locale: VisitorLocale;
  conversationKey: string;
  /** The day the team promises an answer by, written out in the person's language. */
  answerBy: string;
  retentionDays: number;
  helpline: { display: string; href: string };
}

/**
 * Shown in the answer to the contact form's post when the person chose to get the answer on the site: the key, once,
 * large and in groups of four, how to keep it, and what happens next. Never in a URL; the forms script empties it
 * when a browser restores the page from its back/forward cache (`data-forget-on-restore`).
 */
export function ConversationStarted(props: ConversationStartedProps) {
  const { locale, conversationKey, answerBy, retentionDays, helpline } = props;
  const t = translator(locale, 'ConversationStarted');
  return (
    <div className="space-y-6" data-forget-on-restore="">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section
        aria-labelledby="conversation-key-label"
        className="rounded-lg border-4 border-brand bg-white p-4"
      >
        <h2 id="conversation-key-label" className="text-lg font-bold">
          {t('keyLabel')}
        </h2>
        <p
          id="conversation-key-value"
          dir="ltr"
          className="mt-2 font-mono text-3xl font-bold tracking-wider break-words sm:text-4xl"
          data-testid="conversation-key"
        >
          {conversationKey}
        </p>
        <p className="mt-2 font-semibold">{t('keyOnce')}</p>
        {/* Hidden until the forms script finds a clipboard: without it there is no dead button. */}
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            hidden
            data-copy="conversation-key-value"
            data-copy-status="conversation-key-copied"
            data-copied={t('copied')}
            data-copy-failed={t('copyFailed')}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand-dark"
          >
            {t('copy')}
          </button>
          <span id="conversation-key-copied" role="status" className="font-semibold" />
        </div>
      </section>
      <section aria-labelledby="keep-key-title" className="space-y-2">
        <h2 id="keep-key-title" className="text-xl font-bold">
          {t('keepTitle')}
        </h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('keepWrite')}</li>
          <li>{t('keepSecret')}</li>
          <li>{t('keepShared')}</li>
        </ul>
      </section>
      <section aria-labelledby="next-title" className="space-y-2">
        <h2 id="next-title" className="text-xl font-bold">
          {t('nextTitle')}
        </h2>
        <p>{t('answerBy', { date: answerBy })}</p>
        <p>{t('noNotice')}</p>
        <p>{t('retention', { days: retentionDays })}</p>
        <p>
          <Link
            locale={locale}
            href="/conversation"
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t('open')}
          </Link>
        </p>
      </section>
      <p>
        <a href={helpline.href} className="font-bold">
          {t('urgent', { number: ltrInText(helpline.display, locale) })}
        </a>
      </p>
    </div>
  );
}
