import { getTranslations } from 'next-intl/server';
import type { ExportTable, KeyColumn } from '@/lib/analytics/csv';
import type { SeriesStates } from '@/lib/analytics/series-suppression';
import type { DashboardData } from '@/lib/server/analytics/dashboard';
import { DataTable } from './data-table';
import { ExportForm, SuppressionNote } from './export-form';
import { countFormatter, dayFormatter, decimalFormatter } from './format';
import { TimeSeriesChart } from './time-series-chart';
import './report-print.css';

export interface MonthlyReportProps {
  data: DashboardData;
  month: string;
  locale: 'nl' | 'en';
  /** How the visits-and-contacts chart may show each day (`protectSeries`). */
  seriesStates: SeriesStates;
  /** The month's visits by the chosen breakdown, suppressed knowing the rest of the page. */
  visits: ExportTable;
}

/** Report columns of the visits table: the breakdown's, without metric (always visits) and empty ones. */
const REPORT_COLUMNS: readonly KeyColumn[] = ['day', 'wave', 'arm', 'page', 'locale', 'device', 'via'];

/** A visits table of more rows than this is folded away (print shows the note, not the rows). */
const MAX_OPEN_ROWS = 40;

/** Most waves a one-page report lists; the rest are summed in one line. */
const MAX_WAVES = 10;

/** A one-page monthly report for the pilot's steering group; small numbers always read "< 5" here. */
export async function MonthlyReport({ data, month, locale, seriesStates, visits }: MonthlyReportProps) {
  const t = await getTranslations('DashboardReport');
  const tPage = await getTranslations('DashboardPage');
  const formatCount = countFormatter(locale, true);
  const formatDecimal = decimalFormatter(locale);
  const monthName = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  const { headline } = data;
  const percent = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${value}%`);
  const figures: [string, number, number, number | null][] = [
    [t('visits'), headline.visits.current, headline.visits.previous, headline.visits.percent],
    [t('uniqueSum'), headline.uniqueSum.current, headline.uniqueSum.previous, headline.uniqueSum.percent],
    [t('taps'), headline.taps.current, headline.taps.previous, headline.taps.percent],
    [t('requests'), headline.requests.current, headline.requests.previous, headline.requests.percent],
    [t('answered'), headline.answered.current, headline.answered.previous, headline.answered.percent],
    [t('quickExits'), headline.quickExits.current, headline.quickExits.previous, headline.quickExits.percent],
  ];
  const waves = data.perWave.slice(0, MAX_WAVES);
  const formatDay = dayFormatter(locale);
  const columns = REPORT_COLUMNS.filter((column) => visits.columns.includes(column));
  const heading: Record<string, string> = {
    day: t('day'),
    wave: t('wave'),
    arm: t('arm'),
    page: t('page'),
    locale: t('locale'),
    device: t('device'),
    via: t('via'),
  };
  const cell = (column: KeyColumn, value: string) => {
    if (column === 'day' && value !== '') return formatDay(value);
    if (column === 'via')
      return value === 'wave' ? t('viaWave') : value === 'direct' ? t('viaDirect') : value;
    return value;
  };
  const visitRows = [
    ...visits.rows.map((row) => [...columns.map((column) => cell(column, row.key[column])), row.text]),
    ...visits.totals.map((row) => [
      ...columns.map((column) =>
        column === visits.totalColumn ? t('total') : cell(column, row.key[column]),
      ),
      row.text,
    ]),
  ];
  const breakdownLabel = tPage(`breakdown.${visits.breakdown}`);
  return (
    <article className="monthly-report mx-auto max-w-3xl">
      <p className="no-print mb-4">
        <a href={`/${locale}/staff/dashboard`} className="inline-flex min-h-11 items-center">
          {t('back')}
        </a>
      </p>
      <h1 className="text-2xl font-bold">{t('title', { month: monthName })}</h1>
      <p className="mt-1 text-sm">
        {t('subtitle', { days: data.range.days, perDay: formatDecimal(headline.uniquePerDay.current) })}
      </p>
      <h2 className="mt-4 text-lg font-bold">{t('figuresTitle')}</h2>
      <DataTable
        caption={t('figuresCaption')}
        headers={[t('figure'), t('thisMonth'), t('previousMonth'), t('change')]}
        rows={figures.map(([label, current, previous, change]) => [
          label,
          formatCount(current),
          formatCount(previous),
          percent(change),
        ])}
      />
      <h2 className="mt-4 text-lg font-bold">{t('wavesTitle')}</h2>
      <DataTable
        caption={t('wavesCaption')}
        headers={[t('wave'), t('recipients'), t('visited'), t('reachedOut'), t('answered'), t('answerRead')]}
        rows={waves.map((wave) => [
          `${wave.name} (${wave.code})`,
          formatCount(wave.recipients),
          ...wave.funnel
            .slice(1)
            .map(
              (step) =>
                `${formatCount(step.count)}${step.percentOfPrevious === null ? '' : ` (${formatDecimal(step.percentOfPrevious)}%)`}`,
            ),
        ])}
      />
      {data.perWave.length > MAX_WAVES ? (
        <p className="text-sm">{t('moreWaves', { count: data.perWave.length - MAX_WAVES })}</p>
      ) : null}
      <h2 className="mt-4 text-lg font-bold">{t('seriesTitle')}</h2>
      <TimeSeriesChart
        id="report-series"
        title={t('seriesCaption')}
        description={t('seriesDescription')}
        tableSummary={t('showTable')}
        labels={{
          day: t('day'),
          visits: t('visits'),
          contacts: t('contacts'),
          small: t('small'),
          hidden: t('hidden'),
          hiddenLegend: t('hiddenLegend'),
        }}
        points={data.series}
        states={seriesStates}
        formatCount={formatCount}
        formatDay={formatDay}
      />
      <h2 className="mt-4 text-lg font-bold">{t('breakdownTitle')}</h2>
      <ExportForm
        action={`/${locale}/staff/dashboard/report`}
        hidden={[['month', month]]}
        breakdown={visits.breakdown}
        summary={visits.summary}
        idPrefix="report"
        title={t('breakdownShow')}
        withNote={false}
      />
      <DataTable
        caption={t('breakdownCaption', { breakdown: breakdownLabel })}
        headers={[...columns.map((column) => heading[column]!), t('visits')]}
        columns={[...columns.map(() => 'text' as const), 'number']}
        rows={visitRows}
        summary={visitRows.length > MAX_OPEN_ROWS ? t('showTable') : undefined}
        testId="report-breakdown"
      />
      <SuppressionNote summary={visits.summary} breakdown={visits.breakdown} id="report-suppression" />
      <p className="mt-3 text-xs">{t('footnote')}</p>
      <p className="no-print mt-4">{t('printHint')}</p>
    </article>
  );
}
