import { getTranslations } from 'next-intl/server';
import { ChannelList } from '@/components/routing/channel-list';
import { AUDIENCES, TOPICS, type RouteResult } from '@/lib/routing/types';
import type { HelplineRecord } from '@/lib/server/admin/helplines';
import { DataTable } from '@/components/dashboard/data-table';

export interface HelplineListPageProps {
  locale: 'nl' | 'en';
  helplines: HelplineRecord[];
  preview: { audience: string; topic: string; at: string; result: RouteResult };
}

/** The helplines with their status, and a preview of what a visitor sees now or at a chosen moment. */
export async function HelplineListPage({ locale, helplines, preview }: HelplineListPageProps) {
  const t = await getTranslations('AdminHelplines');
  const select = 'min-h-11 border-2 border-ink bg-white px-2';
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-4">
        <a
          href={`/${locale}/staff/helplines/new`}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-brand px-4 font-bold text-white no-underline"
        >
          {t('new')}
        </a>
      </p>
      <DataTable
        caption={t('caption')}
        className="mt-6"
        headers={(['label', 'kind', 'address', 'priority', 'status'] as const).map((key) =>
          t(`column.${key}`),
        )}
        columns={['text', 'text', 'text', 'inline-number', 'text']}
        rowKeys={helplines.map((line) => line.id)}
        rows={helplines.map((line) => [
          <a key="label" href={`/${locale}/staff/helplines/${line.id}`}>
            {locale === 'en' ? line.labelEn : line.labelNl}
          </a>,
          line.kind,
          line.address,
          line.priority,
          line.active ? t('active') : t('inactive'),
        ])}
      />

      <section aria-labelledby="preview-title" className="mt-10">
        <h2 id="preview-title" className="text-2xl font-bold">
          {t('previewTitle')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('previewIntro')}</p>
        <form
          method="get"
          action={`/${locale}/staff/helplines`}
          className="mt-3 flex flex-wrap items-end gap-4"
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="preview-audience" className="font-semibold">
              {t('audience')}
            </label>
            <select id="preview-audience" name="audience" defaultValue={preview.audience} className={select}>
              {AUDIENCES.map((audience) => (
                <option key={audience} value={audience}>
                  {t(`audiences.${audience}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="preview-topic" className="font-semibold">
              {t('topic')}
            </label>
            <select id="preview-topic" name="topic" defaultValue={preview.topic} className={select}>
              <option value="">{t('anyTopic')}</option>
              {TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topics.${topic}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="preview-at" className="font-semibold">
              {t('at')}
            </label>
            <p id="preview-at-hint" className="m-0 text-sm text-muted">
              {t('atHint')}
            </p>
            <input
              type="datetime-local"
              id="preview-at"
              name="at"
              defaultValue={preview.at}
              aria-describedby="preview-at-hint"
              className={select}
            />
          </div>
          <button type="submit" className="min-h-11 rounded-md border-2 border-ink bg-white px-4 font-bold">
            {t('showPreview')}
          </button>
        </form>
        <div
          className="mt-4 max-w-xl rounded-md border-2 border-dashed border-line p-4"
          data-testid="helpline-preview"
        >
          <p className="m-0 text-sm font-semibold">
            {t('previewFrame', { at: preview.at.replace('T', ' ') })}
          </p>
          <ChannelList result={preview.result} locale={locale} waveCode={null} headingLevel={3} />
        </div>
      </section>
    </>
  );
}
