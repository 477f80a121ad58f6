import { getTranslations } from 'next-intl/server';
import { EXPORT_BREAKDOWNS, type ExportBreakdown, type SuppressionSummary } from '@/lib/analytics/csv';

export interface ExportFormProps {
  /** Where "show" leads: the page itself, with the chosen breakdown. */
  action: string;
  /** The CSV download; absent where the page has no file to offer (the monthly report). */
  downloadAction?: string;
  /** The page's other parameters (range, waves, month), carried along. */
  hidden: readonly [string, string][];
  breakdown: ExportBreakdown;
  /** What suppression does at this breakdown; null until asked for (a year of days and waves takes a while). */
  summary: SuppressionSummary | null;
  /** Keeps ids apart where two such forms could share a page. */
  idPrefix?: string;
  /** The heading; by default "download the figures". */
  title?: string;
  /** Whether the note on what is hidden follows the form (else the page prints it beside its table). */
  withNote?: boolean;
}

/** What was suppressed and why, for one breakdown: one sentence each, from the same suppression as the table. */
export async function SuppressionNote({
  summary,
  breakdown,
  id,
}: {
  summary: SuppressionSummary;
  breakdown: ExportBreakdown;
  id?: string;
}) {
  const t = await getTranslations('DashboardPage');
  return (
    <p id={id} className="mt-2 max-w-3xl text-sm" data-testid="suppression-note">
      <strong>{t(`breakdown.${breakdown}`)}.</strong>{' '}
      {t('suppressionSmall', { small: summary.smallRows, rows: summary.rows })}{' '}
      {t('suppressionHidden', { hidden: summary.hiddenRows })}{' '}
      {t('suppressionTotals', { totals: summary.totals, suppressed: summary.suppressedTotals })}
    </p>
  );
}

/**
 * Choosing what one row stands for: a plain GET form (works without JavaScript). "Show" reloads the page with the
 * note for that choice; "download" sends the same form to the CSV export.
 */
export async function ExportForm({
  action,
  downloadAction,
  hidden,
  breakdown,
  summary,
  idPrefix = 'export',
  title,
  withNote = true,
}: ExportFormProps) {
  const t = await getTranslations('DashboardPage');
  return (
    <section
      aria-labelledby={`${idPrefix}-title`}
      className="mt-4 rounded-md border border-line p-4 print:hidden"
    >
      <h2 id={`${idPrefix}-title`} className="text-lg font-bold">
        {title ?? t('exportTitle')}
      </h2>
      <form method="get" action={action}>
        {hidden.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <fieldset aria-describedby={`${idPrefix}-hint`}>
          <legend className="font-bold">{t('exportBreakdown')}</legend>
          <p id={`${idPrefix}-hint`} className="m-0 text-sm text-muted">
            {t('exportHint')}
          </p>
          {EXPORT_BREAKDOWNS.map((choice) => (
            <div key={choice} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                id={`${idPrefix}-breakdown-${choice}`}
                name="breakdown"
                value={choice}
                defaultChecked={choice === breakdown}
                className="size-5"
              />
              <label htmlFor={`${idPrefix}-breakdown-${choice}`}>{t(`breakdown.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="mt-3 flex flex-wrap gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-md border-2 border-brand px-4 py-2 font-bold text-brand"
          >
            {t('exportShow')}
          </button>
          {downloadAction ? (
            <button
              type="submit"
              formAction={downloadAction}
              className="min-h-11 rounded-md border-2 border-brand bg-brand px-4 py-2 font-bold text-white"
            >
              {t('export')}
            </button>
          ) : null}
        </div>
      </form>
      {withNote && summary ? <SuppressionNote summary={summary} breakdown={breakdown} /> : null}
      {withNote && !summary ? (
        <p className="mt-2 max-w-3xl text-sm" data-testid="suppression-ask">
          {t('suppressionAsk')}
        </p>
      ) : null}
    </section>
  );
}
