import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/dashboard/scroll-region';
import type { Locale } from '@/lib/i18n/routing';
import {
  type AuditFilter,
  type AuditQueryError,
  auditQueryString,
  UNKNOWN_ACCOUNT,
} from '@/lib/staff/audit-filter';
import type { AuditFilterOptions, AuditPage } from '@/lib/server/staff/audit-log';

const fieldClass =
  'block min-h-11 w-full max-w-xs rounded-none border-2 border-ink bg-white px-2 text-base text-ink';
const pageLinkClass = 'inline-flex min-h-11 items-center px-2 font-semibold underline';

/**
 * The audit log for admins: every entry, a page at a time, newest first, filtered by person, action and date range
 * with a GET form (works without JavaScript; a filtered page can be bookmarked).
 */
export async function StaffAuditPage({
  locale,
  entries,
  options,
  filter,
  errors,
}: {
  locale: Locale;
  entries: AuditPage;
  options: AuditFilterOptions;
  filter: AuditFilter;
  /** Field → message key for query values that were left out. */
  errors: Record<string, AuditQueryError>;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffAudit' });
  const common = await getTranslations({ locale, namespace: 'StaffForm' });
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const base = `/${locale}/staff/audit`;
  const actions =
    filter.action && !options.actions.includes(filter.action)
      ? [...options.actions, filter.action]
      : options.actions;
  const errorFields = Object.entries(errors);
  const describedBy = (name: string) => (errors[name] ? `audit-${name}-error` : undefined);
  const errorLine = (name: string) => {
    const key = errors[name];
    return key ? (
      <p id={`audit-${name}-error`} className="m-0 font-bold text-danger">
        <span className="sr-only">{common('errorPrefix')}</span> {t(`errors.${key}`)}
      </p>
    ) : null;
  };
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <form
        method="get"
        action={base}
        className="mb-6 flex flex-col gap-4"
        aria-labelledby="audit-filter-heading"
      >
        <h2 id="audit-filter-heading" className="m-0 text-xl font-bold">
          {t('filterHeading')}
        </h2>
        {errorFields.length > 0 ? (
          <div
            role="alert"
            aria-labelledby="audit-error-summary-title"
            className="border-4 border-danger p-4"
          >
            <h3 id="audit-error-summary-title" className="m-0 text-lg font-bold">
              {common('errorSummaryTitle')}
            </h3>
            <ul className="m-0 mt-2 list-none p-0">
              {errorFields.map(([name, key]) => (
                <li key={name}>
                  <a href={`#audit-${name}`} className="font-bold text-danger">
                    {t(`errors.${key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-actor" className="font-bold">
              {t('filterActor')}
            </label>
            {errorLine('actor')}
            <select
              id="audit-actor"
              name="actor"
              defaultValue={filter.actorId ?? ''}
              aria-describedby={describedBy('actor')}
              className={fieldClass}
            >
              <option value="">{t('anyone')}</option>
              <option value={UNKNOWN_ACCOUNT}>{t('unknownAccount')}</option>
              {options.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-action" className="font-bold">
              {t('filterAction')}
            </label>
            {errorLine('action')}
            <select
              id="audit-action"
              name="action"
              defaultValue={filter.action ?? ''}
              aria-describedby={describedBy('action')}
              className={fieldClass}
            >
              <option value="">{t('anyAction')}</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          {(['from', 'to'] as const).map((name) => (
            <div key={name} className="flex flex-col gap-1">
              <label htmlFor={`audit-${name}`} className="font-bold">
                {name === 'from' ? t('filterFrom') : t('filterTo')}
              </label>
              {errorLine(name)}
              <input
                id={`audit-${name}`}
                name={name}
                type="date"
                defaultValue={filter[name] ?? ''}
                aria-describedby={describedBy(name)}
                aria-invalid={errors[name] ? true : undefined}
                className={fieldClass}
              />
            </div>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-11 rounded-md border-2 border-brand bg-brand px-4 py-2 font-bold text-white"
          >
            {t('filterSubmit')}
          </button>
          <a href={base} className={pageLinkClass}>
            {t('filterClear')}
          </a>
        </div>
      </form>
      <ScrollRegion label={t('tableLabel')}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">
            {t('caption', { count: entries.total, page: entries.page, pages: entries.pageCount })}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t('colAt')}
              </th>
              <th scope="col" className="p-2">
                {t('colActor')}
              </th>
              <th scope="col" className="p-2">
                {t('colAction')}
              </th>
              <th scope="col" className="p-2">
                {t('colTarget')}
              </th>
              <th scope="col" className="p-2">
                {t('colDetail')}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.rows.map((row) => (
              <tr key={row.id} className="border-b border-line">
                <td className="p-2">{format.format(row.at)}</td>
                <td className="p-2">{row.actorName ?? t('unknownAccount')}</td>
                <td className="p-2">
                  <code>{row.action}</code>
                </td>
                <td className="p-2">
                  <code>{row.target}</code>
                </td>
                <td className="p-2">{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {entries.total === 0 ? <p>{t('empty')}</p> : null}
      {entries.pageCount > 1 ? (
        <nav aria-label={t('pagingLabel')} className="mt-4 flex flex-wrap items-center gap-4">
          {entries.page > 1 ? (
            <a
              href={`${base}${auditQueryString(filter, entries.page - 1)}`}
              rel="prev"
              className={pageLinkClass}
            >
              {t('previous')}
            </a>
          ) : null}
          <span>{t('pageOf', { page: entries.page, pages: entries.pageCount })}</span>
          {entries.page < entries.pageCount ? (
            <a
              href={`${base}${auditQueryString(filter, entries.page + 1)}`}
              rel="next"
              className={pageLinkClass}
            >
              {t('next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
