import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { AuditRow } from '@/lib/server/staff/audit-log';

export async function StaffAuditPage({ locale, rows }: { locale: Locale; rows: AuditRow[] }) {
  const t = await getTranslations({ locale, namespace: 'StaffAudit' });
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">{t('caption', { count: rows.length })}</caption>
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
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line">
                <td className="p-2">{format.format(row.at)}</td>
                <td className="p-2">{row.actorName}</td>
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
      </div>
    </>
  );
}
