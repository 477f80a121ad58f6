import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { DashboardPage } from '@/components/dashboard/dashboard-page';
import { canExport, canManageSettings, canViewDashboard } from '@/lib/auth/permissions';
import { DEFAULT_BREAKDOWN, isExportBreakdown } from '@/lib/analytics/csv';
import { getDashboard } from '@/lib/server/analytics/dashboard';
import { getExportTable } from '@/lib/server/analytics/export';
import { requireStaff } from '@/lib/server/auth/guard';
import { setPrivacyMode } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
const many = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canViewDashboard, locale);
  const query = await searchParams;
  const data = await getDashboard(
    session,
    { preset: one(query.preset), from: one(query.from), to: one(query.to), waves: many(query.wave) },
    { now: new Date() },
  );
  // An unknown breakdown here just shows the usual one; the export itself refuses it. What the export hides is
  // worked out only when asked ("show what is hidden" sends the breakdown): for a year of days and waves it is
  // the suppression of some 40,000 rows, too slow for every view of the dashboard.
  const asked = isExportBreakdown(query.breakdown) ? query.breakdown : null;
  const breakdown = asked ?? DEFAULT_BREAKDOWN;
  const exportChoice = canExport(session)
    ? {
        breakdown,
        summary: asked
          ? (await getExportTable(session, { range: data.range, waves: data.chosenWaves, breakdown })).summary
          : null,
      }
    : null;
  return (
    <DashboardPage
      data={data}
      locale={locale === 'en' ? 'en' : 'nl'}
      privacyAction={canManageSettings(session) ? setPrivacyMode : null}
      exportChoice={exportChoice}
    />
  );
}
