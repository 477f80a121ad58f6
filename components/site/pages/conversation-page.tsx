import { ErrorSummary } from '@/components/contact/error-summary';
import { ConversationMessages } from '@/components/conversation/conversation-view';
import { SiteLink as Link } from '@/components/site/site-link';
import type { PowChallenge } from '@/lib/contact/proof-of-work-types';
import type { ConversationFieldErrors } from '@/lib/conversations/person-form';
import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { PrimaryHelpline } from '@/lib/server/helpline';
import type { ConversationActionState } from '@/lib/server/visitor-forms/conversation';

export interface ConversationPageProps {
  locale: VisitorLocale;
  helpline: PrimaryHelpline;
  /** The answer to this request's post, or null for a GET. */
  answer: ConversationActionState | null;
  /** The proof of work for the next post. */
  challenge: PowChallenge;
  retentionDays: number;
}

const IDS = { key: 'conversation-key', message: 'conversation-message' } as const;
type Field = keyof typeof IDS;

const PRIMARY_BUTTON =
  'inline-flex min-h-12 items-center rounded-md bg-brand px-6 py-3 text-lg font-bold text-white hover:bg-brand-dark';

/** The hidden fields every post after opening carries: what to do, the key (never in the URL), the proof. */
function Hidden({ intent, conversationKey }: { intent: string; conversationKey: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="key" value={conversationKey} />
      <input type="hidden" name="pow" value="" />
    </>
  );
}

/**
 * The conversation page: the key form, then the conversation with a box to write again and a way to delete it. Each
 * form posts to this page; the answer is rendered from the handler's state, so the key needs no URL and no cookie.
 * Everything personal is marked `data-forget-on-restore`: the forms script empties it when a browser restores the
 * page from its back/forward cache.
 */
export function ConversationPage({
  locale,
  helpline,
  answer,
  challenge,
  retentionDays,
}: ConversationPageProps) {
  const t = translator(locale, 'ConversationPage');
  const tErrors = translator(locale, 'ConversationErrors');
  const pow = JSON.stringify(challenge);
  const failure = answer && !answer.ok ? answer : null;
  const fieldErrors: ConversationFieldErrors = failure?.fieldErrors ?? {};
  const errorFields = (['key', 'message'] as const).filter((field) => fieldErrors[field]);
  const number = ltrInText(helpline.display, locale);
  const formErrorText = () => {
    switch (failure?.formError) {
      case 'notFound':
        return tErrors('notFound', { days: retentionDays, number });
      case 'throttledAt':
        return tErrors('throttledAt', { number, time: failure.retryTime ?? '' });
      case 'throttledSoon':
        return tErrors('throttledSoon', { number });
      case 'unavailable':
        return tErrors('unavailable', { number });
      default:
        return null;
    }
  };
  const formError = formErrorText();
  const fieldErrorText = (field: Field) => {
    const key = fieldErrors[field];
    return key ? tErrors(key) : '';
  };
  const errorSummary = (formError || errorFields.length > 0) && (
    <ErrorSummary
      id="conversation-error-summary"
      headingLevel="h2"
      title={t('errorSummaryTitle')}
      formError={
        formError && (
          <>
            {formError}{' '}
            <a href={helpline.href} className="font-bold whitespace-nowrap" dir="ltr">
              {helpline.display}
            </a>
          </>
        )
      }
      fields={errorFields.map((field) => ({ href: `#${IDS[field]}`, text: fieldErrorText(field) }))}
    />
  );
  const fieldError = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${IDS[field]}-error`} className="font-bold text-danger">
        <span className="sr-only">{t('errorPrefix')} </span>
        {fieldErrorText(field)}
      </p>
    ) : null;
  const describedBy = (field: Field) =>
    [`${IDS[field]}-hint`, fieldErrors[field] ? `${IDS[field]}-error` : null].filter(Boolean).join(' ');
  const groupClass = (field: Field) =>
    `space-y-1 ${fieldErrors[field] ? 'border-s-4 border-danger ps-3' : ''}`;
  const noKey = (
    <p>
      <Link locale={locale} href="/contact" className="inline-flex min-h-11 items-center font-semibold">
        {t('noKey')}
      </Link>
    </p>
  );
  const sharedPhone = <p className="rounded-md bg-brand-soft p-3">{t('sharedPhone')}</p>;

  if (answer?.ok && answer.notice === 'deleted') {
    return (
      <div className="space-y-4" data-forget-on-restore="">
        <h1 className="text-3xl font-bold">{t('deletedTitle')}</h1>
        <p role="status" data-testid="conversation-deleted">
          {t('deleted')}
        </p>
        {noKey}
      </div>
    );
  }

  const shown = answer?.shown ?? null;
  if (shown) {
    return (
      <div className="space-y-6" data-forget-on-restore="">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {errorSummary}
        {answer?.ok && answer.notice === 'sent' && (
          <p role="status" className="rounded-md border-s-4 border-brand bg-white p-3 font-semibold">
            {t('sent')}
          </p>
        )}
        <ConversationMessages locale={locale} shown={shown} />
        <section aria-labelledby="write-title" className="space-y-3">
          <h2 id="write-title" className="text-xl font-bold">
            {t('writeTitle')}
          </h2>
          <form method="post" noValidate className="space-y-3" data-pow={pow}>
            <div className={groupClass('message')}>
              <label htmlFor={IDS.message} className="block font-bold">
                {t('messageLabel')}
              </label>
              <p id={`${IDS.message}-hint`} className="text-muted">
                {t('messageHint')}
              </p>
              {fieldError('message')}
              <textarea
                id={IDS.message}
                name="message"
                rows={5}
                defaultValue={failure?.values.message ?? ''}
                aria-describedby={describedBy('message')}
                aria-invalid={fieldErrors.message ? true : undefined}
                className="w-full rounded-md border-2 border-ink bg-white p-2"
              />
            </div>
            <Hidden intent="write" conversationKey={shown.key} />
            <button type="submit" className={PRIMARY_BUTTON}>
              {t('send')}
            </button>
          </form>
        </section>
        <details className="rounded-lg border-2 border-danger bg-white p-3">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold text-danger">
            {t('deleteSummary')}
          </summary>
          <p className="mt-2">{t('deleteWarning')}</p>
          <form method="post" className="mt-3" data-pow={pow}>
            <Hidden intent="delete" conversationKey={shown.key} />
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md bg-danger px-4 py-2 font-bold text-white"
            >
              {t('deleteButton')}
            </button>
          </form>
        </details>
        {sharedPhone}
      </div>
    );
  }

  return (
    <div className="space-y-6" data-forget-on-restore="">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro')}</p>
      {errorSummary}
      <form method="post" noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm" data-pow={pow}>
        <div className={groupClass('key')}>
          <label htmlFor={IDS.key} className="block font-bold">
            {t('keyLabel')}
          </label>
          <p id={`${IDS.key}-hint`} className="text-muted">
            {t('keyHint')}
          </p>
          {fieldError('key')}
          <input
            id={IDS.key}
            name="key"
            type="text"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            maxLength={64}
            defaultValue={failure?.values.key ?? ''}
            aria-describedby={describedBy('key')}
            aria-invalid={fieldErrors.key ? true : undefined}
            className="min-h-11 w-full max-w-sm rounded-md border-2 border-ink bg-white px-2 font-mono text-xl tracking-wider"
          />
        </div>
        <input type="hidden" name="intent" value="open" />
        <input type="hidden" name="pow" value="" />
        <button type="submit" className={PRIMARY_BUTTON}>
          {t('open')}
        </button>
      </form>
      {noKey}
      {sharedPhone}
    </div>
  );
}
