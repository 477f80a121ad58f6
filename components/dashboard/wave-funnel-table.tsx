import { getTranslations } from 'next-intl/server';
import type { FunnelStep } from '@/lib/analytics/funnel';
import type { WaveRow } from '@/lib/server/analytics/dashboard';
import { ScrollRegion } from './scroll-region';

export interface WaveFunnelTableProps {
  rows: WaveRow[];
  overall: FunnelStep[];
  formatCount: (value: number) => string;
  formatDecimal: (value: number) => string;
}

/** Per wave: recipients, visits, uniques, taps, requests, and the funnel with each step's share of the one before. */
export async function WaveFunnelTable({ rows, overall, formatCount, formatDecimal }: WaveFunnelTableProps) {
  const t = await getTranslations('DashboardWaves');
  const step = (value: FunnelStep | undefined) =>
    value ? (
      <>
        <span className="block">{formatCount(value.count)}</span>
        {value.percentOfPrevious !== null ? (
          <span className="block text-xs text-muted">
            {t('percentOfPrevious', { percent: formatDecimal(value.percentOfPrevious) })}
          </span>
        ) : null}
      </>
    ) : null;
  const max = Math.max(1, ...overall.map((item) => item.count));
  return (
    <section aria-labelledby="waves-title" className="mt-10">
      <h2 id="waves-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-3xl">{t('intro')}</p>

      <figure className="m-0 mt-4 rounded-md border border-line p-3" aria-labelledby="funnel-title">
        <figcaption id="funnel-title" className="font-bold">
          {t('funnelTitle')}
        </figcaption>
        <ol className="mt-2 list-none space-y-2 p-0" data-testid="overall-funnel">
          {overall.map((item) => (
            <li key={item.step} className="grid grid-cols-[10rem_1fr] items-center gap-2">
              <span>{t(`step.${item.step}`)}</span>
              <span className="flex items-center gap-2">
                <svg
                  viewBox="0 0 300 20"
                  className="h-5 w-full max-w-xs"
                  aria-hidden="true"
                  preserveAspectRatio="none"
                >
                  <rect x="0" y="0" width={(item.count / max) * 300} height="20" fill="#0b6e63" />
                </svg>
                <span className="whitespace-nowrap tabular-nums">
                  {formatCount(item.count)}
                  {item.percentOfPrevious !== null
                    ? ` (${t('percentOfPrevious', { percent: formatDecimal(item.percentOfPrevious) })})`
                    : ''}
                </span>
              </span>
            </li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-muted">{t('funnelNote')}</p>
      </figure>

      {rows.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <ScrollRegion label={t('tableCaption')} className="mt-4" testId="wave-table">
          <table className="w-full border-collapse text-sm">
            <caption className="py-1 text-left font-semibold">{t('tableCaption')}</caption>
            <thead>
              <tr>
                {(
                  [
                    'wave',
                    'sentOn',
                    'recipients',
                    'visits',
                    'uniqueSum',
                    'taps',
                    'requests',
                    'visited',
                    'reachedOut',
                    'answered',
                    'answerRead',
                  ] as const
                ).map((key, index) => (
                  <th
                    key={key}
                    scope="col"
                    className={`border-b-2 border-ink px-2 py-1 align-bottom ${index === 0 ? 'text-left' : 'text-right'}`}
                  >
                    {t(`column.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} data-wave={row.code}>
                  <th scope="row" className="border-b border-line px-2 py-1 text-left font-normal">
                    <span className="block font-semibold">{row.name}</span>
                    <code className="text-xs">{row.code}</code>
                  </th>
                  <td className="border-b border-line px-2 py-1 text-right tabular-nums">{row.sentOn}</td>
                  {[row.recipients, row.visits, row.uniqueSum, row.taps, row.requests].map((value, index) => (
                    <td key={index} className="border-b border-line px-2 py-1 text-right tabular-nums">
                      {formatCount(value)}
                    </td>
                  ))}
                  {row.funnel.slice(1).map((item) => (
                    <td key={item.step} className="border-b border-line px-2 py-1 text-right tabular-nums">
                      {step(item)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
