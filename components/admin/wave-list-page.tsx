import { getTranslations } from 'next-intl/server';
import type { WaveRecord } from '@/lib/server/admin/waves';
import { ScrollRegion } from '@/components/dashboard/scroll-region';

export interface WaveListPageProps {
  waves: WaveRecord[];
  locale: 'nl' | 'en';
  siteHost: string;
}

/** The admin's list of SMS waves, with their links and a way to add one. */
export async function WaveListPage({ waves, locale, siteHost }: WaveListPageProps) {
  const t = await getTranslations('AdminWaveList');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-4">
        <a
          href={`/${locale}/staff/waves/new`}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-brand px-4 font-bold text-white no-underline"
        >
          {t('new')}
        </a>
      </p>
      <ScrollRegion label={t('caption', { count: waves.length })} className="mt-6">
        <table className="w-full border-collapse text-sm">
          <caption className="py-1 text-left font-semibold">{t('caption', { count: waves.length })}</caption>
          <thead>
            <tr>
              {(['name', 'link', 'sentOn', 'recipients', 'status'] as const).map((key) => (
                <th key={key} scope="col" className="border-b-2 border-ink px-2 py-1 text-left">
                  {t(`column.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {waves.map((wave) => (
              <tr key={wave.id}>
                <th scope="row" className="border-b border-line px-2 py-1 text-left font-normal">
                  <a href={`/${locale}/staff/waves/${wave.id}`}>{wave.name}</a>
                </th>
                <td className="border-b border-line px-2 py-1">
                  <code>
                    {siteHost}/w/{wave.code}
                  </code>
                </td>
                <td className="border-b border-line px-2 py-1">{wave.sentOn}</td>
                <td className="border-b border-line px-2 py-1 tabular-nums">{wave.recipients}</td>
                <td className="border-b border-line px-2 py-1">{wave.closed ? t('closed') : t('open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
