import { getTranslations } from 'next-intl/server';
import { protectSeries } from '@/lib/analytics/series-suppression';
import { VISITOR_LOCALES } from '@/lib/i18n/locales';
import { AUDIENCES, TOPICS } from '@/lib/routing/types';
import type { DashboardData } from '@/lib/server/analytics/dashboard';
import { BarChart } from './bar-chart';
import { TimeSeriesChart } from './time-series-chart';

export interface DashboardChartsProps {
  data: DashboardData;
  locale: 'nl' | 'en';
  formatCount: (value: number) => string;
  formatDay: (day: string) => string;
}

const DEVICES = ['phone', 'tablet', 'desktop'] as const;

/** Visits and contacts per day, taps per channel, requests per topic and audience, language and device. */
export async function DashboardCharts({ data, locale, formatCount, formatDay }: DashboardChartsProps) {
  const t = await getTranslations('DashboardCharts');
  const isOneOf = <K extends string>(known: readonly K[], key: string): key is K =>
    (known as readonly string[]).includes(key);
  const fallback = (key: string) => key || t('unknown');
  const topic = (key: string) => (isOneOf(TOPICS, key) ? t(`topic.${key}`) : fallback(key));
  const audience = (key: string) => (isOneOf(AUDIENCES, key) ? t(`audience.${key}`) : fallback(key));
  const language = (key: string) => (isOneOf(VISITOR_LOCALES, key) ? t(`locale.${key}`) : fallback(key));
  const device = (key: string) => (isOneOf(DEVICES, key) ? t(`device.${key}`) : fallback(key));
  const common = {
    tableSummary: t('showTable'),
    format: formatCount,
    hideSmall: data.privacyMode,
    emptyText: t('empty'),
    valueHeader: t('count'),
  };
  return (
    <section aria-labelledby="charts-title" className="mt-10">
      <h2 id="charts-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <div className="mt-4 space-y-6">
        <TimeSeriesChart
          id="chart-series"
          title={t('series.title')}
          description={t('series.description')}
          tableSummary={t('showTable')}
          labels={{
            day: t('series.day'),
            visits: t('series.visits'),
            contacts: t('series.contacts'),
            small: t('series.small'),
            hidden: t('series.hidden'),
            hiddenLegend: t('series.hiddenLegend'),
          }}
          points={data.series}
          states={
            data.privacyMode
              ? protectSeries(data.series, {
                  visits: data.headline.visits.current,
                  taps: data.headline.taps.current,
                  requests: data.headline.requests.current,
                })
              : undefined
          }
          formatCount={formatCount}
          formatDay={formatDay}
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <BarChart
            {...common}
            id="chart-taps"
            title={t('taps.title')}
            description={t('taps.description')}
            keyHeader={t('taps.key')}
            items={data.tapsByChannel.map((slice) => ({
              label: data.channelNames[slice.key]?.[locale] ?? slice.key,
              value: slice.count,
            }))}
          />
          <BarChart
            {...common}
            id="chart-topics"
            title={t('topics.title')}
            description={t('topics.description')}
            keyHeader={t('topics.key')}
            items={data.requestsByTopic.map((slice) => ({
              label: topic(slice.key),
              value: slice.count,
            }))}
          />
          <BarChart
            {...common}
            id="chart-audiences"
            title={t('audiences.title')}
            description={t('audiences.description')}
            keyHeader={t('audiences.key')}
            items={data.requestsByAudience.map((slice) => ({
              label: audience(slice.key),
              value: slice.count,
            }))}
          />
          <BarChart
            {...common}
            id="chart-locales"
            title={t('locales.title')}
            description={t('locales.description')}
            keyHeader={t('locales.key')}
            items={data.visitsByLocale.map((slice) => ({
              label: language(slice.key),
              value: slice.count,
            }))}
          />
          <BarChart
            {...common}
            id="chart-devices"
            title={t('devices.title')}
            description={t('devices.description')}
            keyHeader={t('devices.key')}
            items={data.visitsByDevice.map((slice) => ({
              label: device(slice.key),
              value: slice.count,
            }))}
          />
        </div>
      </div>
    </section>
  );
}
