import { setRequestLocale } from 'next-intl/server';
import { MonthlyReport } from '@/components/dashboard/monthly-report';
import { canViewDashboard } from '@/lib/auth/permissions';
import { DEFAULT_BREAKDOWN, isExportBreakdown } from '@/lib/analytics/csv';
import { monthRange, previousMonth } from '@/lib/analytics/range';
import { protectSeries } from '@/lib/analytics/series-suppression';
import { amsterdamDay } from '@/lib/counting/time';
import type { Locale } from '@/lib/i18n/routing';
import { getDashboard } from '@/lib/server/analytics/dashboard';
import { getReportVisits } from '@/lib/server/analytics/export';
import { requireStaff } from '@/lib/server/auth/guard';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * `?month=YYYY-MM&breakdown=…` (default: last month, per day and wave): the printable one-page report. An unknown
 * breakdown shows the usual one.
 */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canViewDashboard, locale);
  const now = new Date();
  const { month: requested, breakdown: chosen } = await searchParams;
  const breakdown = isExportBreakdown(chosen) ? chosen : DEFAULT_BREAKDOWN;
  const month =
    typeof requested === 'string' && monthRange(requested) ? requested : previousMonth(amsterdamDay(now));
  const range = monthRange(month)!;
  const data = await getDashboard(session, { preset: 'custom', from: range.from, to: range.to }, { now });
  const { headline } = data;
  const seriesStates = protectSeries(data.series, {
    visits: headline.visits.current,
    taps: headline.taps.current,
    requests: headline.requests.current,
  });
  const visits = await getReportVisits(session, {
    range: data.range,
    breakdown,
    chartDays: data.series.map((point, index) => ({
      day: point.day,
      hidden: seriesStates.visits[index] === 'hidden',
    })),
  });
  return (
    <MonthlyReport
      data={data}
      month={month}
      locale={locale === 'en' ? 'en' : 'nl'}
      seriesStates={seriesStates}
      visits={visits}
    />
  );
}
