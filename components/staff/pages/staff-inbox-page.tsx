import { getTranslations } from 'next-intl/server';
import { TOPICS } from '@/lib/contact/options';
import { languageName } from '@/lib/i18n/language-names';
import type { Locale } from '@/lib/i18n/routing';
import {
  INBOX_SORTS,
  INBOX_STATUS_FILTERS,
  type InboxFilters,
  type InboxRow,
} from '@/lib/server/staff/requests';
import type { TeamOption } from '@/lib/server/staff/team-options';
import { hourFormat, staffLabels } from '../labels';

const selectClass = 'min-h-11 rounded-none border-2 border-ink bg-white px-2 text-ink';

export async function StaffInboxPage({
  locale,
  rows,
  filters,
  teams,
  reassigned,
}: {
  locale: Locale;
  rows: InboxRow[];
  filters: InboxFilters;
  teams: TeamOption[];
  reassigned: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffInbox' });
  const labels = await staffLabels(locale);
  const format = hourFormat(locale);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>
        <a href={`/${locale}/staff/templates`} className="inline-flex min-h-11 items-center">
          {t('templatesLink')}
        </a>
      </p>
      {reassigned ? (
        <p role="status" className="border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {t('reassigned')}
        </p>
      ) : null}
      <form method="get" className="my-4 flex flex-wrap items-end gap-4" aria-label={t('filterLabel')}>
        <div className="flex flex-col">
          <label htmlFor="filter-status" className="font-bold">
            {t('filterStatus')}
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status} className={selectClass}>
            {INBOX_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`statusFilter.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-team" className="font-bold">
            {t('filterTeam')}
          </label>
          <select id="filter-team" name="team" defaultValue={filters.teamId} className={selectClass}>
            <option value="">{t('allTeams')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-topic" className="font-bold">
            {t('filterTopic')}
          </label>
          <select id="filter-topic" name="topic" defaultValue={filters.topic} className={selectClass}>
            <option value="">{t('allTopics')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {labels.topic(topic)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col">
          <label htmlFor="filter-sort" className="font-bold">
            {t('filterSort')}
          </label>
          <select
            id="filter-sort"
            name="sort"
            defaultValue={filters.sort ?? 'waiting'}
            className={selectClass}
          >
            {INBOX_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-md border-2 border-ink bg-white px-4 font-bold text-ink"
        >
          {t('filterSubmit')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-muted">
              {t(filters.sort === 'newest' ? 'captionNewest' : 'caption', { count: rows.length })}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('colReceived')}
                </th>
                <th scope="col" className="p-2">
                  {t('colWaiting')}
                </th>
                <th scope="col" className="p-2">
                  {t('colTopic')}
                </th>
                <th scope="col" className="p-2">
                  {t('colAudience')}
                </th>
                <th scope="col" className="p-2">
                  {t('colWave')}
                </th>
                <th scope="col" className="p-2">
                  {t('colLanguage')}
                </th>
                <th scope="col" className="p-2">
                  {t('colWish')}
                </th>
                <th scope="col" className="p-2">
                  {t('colTeam')}
                </th>
                <th scope="col" className="p-2">
                  {t('colStatus')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line" data-request-id={row.id}>
                  <td className="p-2">
                    <a href={`/${locale}/staff/inbox/${row.id}`}>{format.format(row.receivedAt)}</a>
                    {row.waitingTooLong ? (
                      <strong className="ml-2 inline-block bg-accent px-1 text-ink">
                        {t('waitingTooLong')}
                      </strong>
                    ) : null}
                  </td>
                  <td className="p-2" data-column="waiting">
                    {row.waitingSince ? format.format(row.waitingSince) : t('notWaiting')}
                  </td>
                  <td className="p-2">{labels.topic(row.topic)}</td>
                  <td className="p-2">{labels.audience(row.audience)}</td>
                  <td className="p-2">{row.wave || '—'}</td>
                  <td className="p-2" data-column="language">
                    {row.locale ? languageName(row.locale, locale) : '—'}
                  </td>
                  <td className="p-2">
                    {row.reach === 'conversation'
                      ? labels.reach(row.reach)
                      : `${labels.reach(row.reach)}, ${labels.when(row.whenWish)}`}
                  </td>
                  <td className="p-2">{row.teamName}</td>
                  <td className="p-2">
                    {labels.status(row.status)}
                    {row.assignedToMe ? (
                      <span className="block text-sm text-muted">{t('assignedToMe')}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
