import { setRequestLocale } from 'next-intl/server';
import { MonthlyReport } from '@/components/dashboard/monthly-report';
import { canViewDashboard } from '@/lib/auth/permissions';
import { monthRange, previousMonth } from '@/lib/analytics/range';
import { amsterdamDay } from '@/lib/counting/time';
import type { Locale } from '@/lib/i18n/routing';
import { getDashboard } from '@/lib/server/analytics/dashboard';
import { requireStaff } from '@/lib/server/auth/guard';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?month=YYYY-MM` (default: last month): the printable one-page report. */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canViewDashboard, locale);
  const now = new Date();
  const { month: requested } = await searchParams;
  const month =
    typeof requested === 'string' && monthRange(requested) ? requested : previousMonth(amsterdamDay(now));
  const range = monthRange(month)!;
  const data = await getDashboard(session, { preset: 'custom', from: range.from, to: range.to }, { now });
  return <MonthlyReport data={data} month={month} locale={locale === 'en' ? 'en' : 'nl'} />;
}
