import { getTranslations } from 'next-intl/server';
import type { WaveRecord } from '@/lib/server/admin/waves';
import { DataTable } from '@/components/dashboard/data-table';

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
      <DataTable
        caption={t('caption', { count: waves.length })}
        className="mt-6"
        headers={(['name', 'link', 'sentOn', 'recipients', 'status'] as const).map((key) =>
          t(`column.${key}`),
        )}
        columns={['text', 'text', 'text', 'inline-number', 'text']}
        rowKeys={waves.map((wave) => wave.id)}
        rows={waves.map((wave) => [
          <a key="name" href={`/${locale}/staff/waves/${wave.id}`}>
            {wave.name}
          </a>,
          <code key="link">
            {siteHost}/w/{wave.code}
          </code>,
          wave.sentOn,
          wave.recipients,
          wave.closed ? t('closed') : t('open'),
        ])}
      />
    </>
  );
}
