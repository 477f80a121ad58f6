import { getTranslations } from 'next-intl/server';
import type { ExportBreakdown, SuppressionSummary } from '@/lib/analytics/csv';
import { previousMonth } from '@/lib/analytics/range';
import type { DashboardData } from '@/lib/server/analytics/dashboard';
import type { FormState } from '@/lib/staff/form-state';
import { DashboardCharts } from './dashboard-charts';
import { DashboardFilters } from './dashboard-filters';
import { ExportForm } from './export-form';
import { countFormatter, dayFormatter, decimalFormatter } from './format';
import { HeadlineFigures } from './headline-figures';
import { PrivacyModeForm } from './privacy-mode-form';
import { TeamRepliesTable } from './team-replies-table';
import { WaveFunnelTable } from './wave-funnel-table';

export interface DashboardPageProps {
  data: DashboardData;
  locale: 'nl' | 'en';
  /** The admin's privacy-mode action; null for analysts, who see the setting but cannot change it. */
  privacyAction: ((state: FormState, formData: FormData) => Promise<FormState>) | null;
  /** The chosen export breakdown and what suppression does to it (once asked); null without the export permission. */
  exportChoice: { breakdown: ExportBreakdown; summary: SuppressionSummary | null } | null;
}

function queryOf(data: DashboardData): [string, string][] {
  return [
    ['preset', data.range.preset],
    ['from', data.range.from],
    ['to', data.range.to],
    ...data.chosenWaves.map((wave): [string, string] => ['wave', wave]),
  ];
}

/** The uptake dashboard: is the SMS working? Aggregates only; nothing here describes a person. */
export async function DashboardPage({ data, locale, privacyAction, exportChoice }: DashboardPageProps) {
  const t = await getTranslations('DashboardPage');
  const formatCount = countFormatter(locale, data.privacyMode);
  const formatDecimal = decimalFormatter(locale);
  const formatDay = dayFormatter(locale);
  const longDay = dayFormatter(locale, 'long');
  const month = previousMonth(data.range.to);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <DashboardFilters
        locale={locale}
        range={data.range}
        waves={data.waves}
        chosenWaves={data.chosenWaves}
        askedBreakdown={exportChoice?.summary ? exportChoice.breakdown : null}
      />
      <p className="mt-4 font-semibold" data-testid="range-summary">
        {t('rangeSummary', {
          from: longDay(data.range.from),
          to: longDay(data.range.to),
          days: data.range.days,
          previousFrom: longDay(data.range.previous.from),
          previousTo: longDay(data.range.previous.to),
        })}
      </p>
      <p className="mt-1 text-sm">
        {data.chosenWaves.length > 0 ? t('scopeWaves', { count: data.chosenWaves.length }) : t('scopeAll')}
        {data.privacyMode ? ` ${t('privacyOn')}` : ''}
      </p>
      {exportChoice ? (
        <ExportForm
          action={`/${locale}/staff/dashboard`}
          downloadAction={`/${locale}/staff/dashboard/export`}
          hidden={queryOf(data)}
          breakdown={exportChoice.breakdown}
          summary={exportChoice.summary}
        />
      ) : null}
      <p className="mt-3 print:hidden">
        <a
          href={`/${locale}/staff/dashboard/report?${new URLSearchParams({
            month,
            ...(exportChoice ? { breakdown: exportChoice.breakdown } : {}),
          }).toString()}`}
          className="inline-flex min-h-11 items-center font-semibold"
        >
          {t('report', { month })}
        </a>
      </p>
      <HeadlineFigures headline={data.headline} formatCount={formatCount} formatDecimal={formatDecimal} />
      <WaveFunnelTable
        rows={data.perWave}
        overall={data.overallFunnel}
        formatCount={formatCount}
        formatDecimal={formatDecimal}
      />
      <TeamRepliesTable teams={data.teamReplies} formatCount={formatCount} formatDecimal={formatDecimal} />
      <DashboardCharts data={data} locale={locale} formatCount={formatCount} formatDay={formatDay} />
      {privacyAction ? (
        <PrivacyModeForm locale={locale} privacyMode={data.privacyMode} action={privacyAction} />
      ) : null}
    </>
  );
}
