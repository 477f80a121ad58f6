import { type VisitorLocale, ltrInText } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { StatusLookupState } from '@/lib/server/visitor-forms/contact-status';

/**
 * "Check my request": posts the code to the status page itself (a post, so the code never sits in an address) and
 * shows only received / picked up / answered, or why not, always with the number to call.
 */
export function StatusLookupForm({
  locale,
  answer,
  helpline,
}: {
  locale: VisitorLocale;
  /** The answer to this request's post, or null for a GET. */
  answer: StatusLookupState | null;
  helpline: { display: string; href: string };
}) {
  const t = translator(locale, 'ContactStatusPage');
  const missing = answer?.ok === false && answer.fieldErrors.code === 'codeRequired';
  const formError = answer?.ok === false ? answer.formError : null;
  return (
    <>
      <form method="post" noValidate className="space-y-2">
        {missing && (
          <div
            tabIndex={-1}
            role="alert"
            aria-labelledby="status-error-summary-title"
            className="rounded-md border-4 border-danger bg-white p-4 focus-visible:outline-none"
            data-testid="error-summary"
            data-error-summary=""
          >
            <h2 id="status-error-summary-title" className="text-lg font-bold">
              {t('errorSummaryTitle')}
            </h2>
            <p className="mt-2">
              <a href="#status-code" className="font-semibold text-danger">
                {t('codeRequired')}
              </a>
            </p>
          </div>
        )}
        <label htmlFor="status-code" className="block font-bold">
          {t('codeLabel')}
        </label>
        <p id="status-code-hint" className="text-muted">
          {t('codeHint')}
        </p>
        {missing && (
          <p id="status-code-error" className="font-bold text-danger">
            <span className="sr-only">{t('errorPrefix')} </span>
            {t('codeRequired')}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          <input
            id="status-code"
            name="code"
            defaultValue={answer?.code ?? ''}
            autoComplete="off"
            dir="ltr"
            spellCheck={false}
            aria-describedby={missing ? 'status-code-hint status-code-error' : 'status-code-hint'}
            aria-invalid={missing ? true : undefined}
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
      <div role="status" data-testid="status-answer">
        {answer?.ok && (
          <p className="rounded-md bg-brand-soft p-3" data-testid="request-status">
            <span className="font-bold">{t('statusLabel')}:</span> {t(`status.${answer.status}`)}
          </p>
        )}
        {formError && (
          <p className="rounded-md border-2 border-danger bg-white p-3">
            {t(formError, { number: ltrInText(helpline.display, locale) })}{' '}
            <a href={helpline.href} className="font-bold whitespace-nowrap" dir="ltr">
              {helpline.display}
            </a>
          </p>
        )}
      </div>
    </>
  );
}
