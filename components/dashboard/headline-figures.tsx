import { getTranslations } from 'next-intl/server';
import type { Change } from '@/lib/analytics/change';
import type { Headline } from '@/lib/server/analytics/dashboard';

export interface HeadlineFiguresProps {
  headline: Headline;
  formatCount: (value: number) => string;
  formatDecimal: (value: number) => string;
}

/** The headline figures of the period, each with the previous period of equal length beside it. */
export async function HeadlineFigures({ headline, formatCount, formatDecimal }: HeadlineFiguresProps) {
  const t = await getTranslations('DashboardHeadline');
  const changeText = (value: Change, format: (value: number) => string) =>
    value.percent === null
      ? t('previousNoChange', { previous: format(value.previous) })
      : t('previous', {
          previous: format(value.previous),
          direction: value.direction,
          percent: Math.abs(value.percent),
        });
  const card = (key: string, label: string, value: string, sub: string, extra?: React.ReactNode) => (
    <div key={key} className="rounded-md border border-line bg-paper p-3" data-testid={`headline-${key}`}>
      <dt className="font-semibold">{label}</dt>
      <dd className="m-0">
        <span className="block text-3xl font-bold tabular-nums" data-testid={`headline-${key}-value`}>
          {value}
        </span>
        <span className="block text-sm text-muted">{sub}</span>
        {extra}
      </dd>
    </div>
  );
  return (
    <section aria-labelledby="headline-title" className="mt-8">
      <h2 id="headline-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {card(
          'visits',
          t('visits'),
          formatCount(headline.visits.current),
          changeText(headline.visits, formatCount),
        )}
        {card(
          'uniques',
          t('uniquePerDay'),
          formatDecimal(headline.uniquePerDay.current),
          changeText(headline.uniquePerDay, formatDecimal),
          <span className="mt-1 block text-sm">
            {t('uniqueSum', { sum: formatCount(headline.uniqueSum.current) })}
          </span>,
        )}
        {card(
          'taps',
          t('taps'),
          formatCount(headline.taps.current),
          changeText(headline.taps, formatCount),
          headline.tapsByKind.length > 0 ? (
            <ul className="mt-1 list-none p-0 text-sm">
              {headline.tapsByKind.map((item) => (
                <li key={item.kind}>{t('tapKind', { kind: item.kind, count: formatCount(item.count) })}</li>
              ))}
            </ul>
          ) : null,
        )}
        {card(
          'requests',
          t('requests'),
          formatCount(headline.requests.current),
          changeText(headline.requests, formatCount),
        )}
        {card(
          'answered',
          t('answered'),
          formatCount(headline.answered.current),
          changeText(headline.answered, formatCount),
        )}
        {card(
          'quickExits',
          t('quickExits'),
          formatCount(headline.quickExits.current),
          changeText(headline.quickExits, formatCount),
        )}
      </dl>
      <p className="mt-2 text-sm text-muted">{t('uniqueNote')}</p>
    </section>
  );
}
