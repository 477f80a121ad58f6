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
  // An unknown breakdown here just shows the usual one; the export itself refuses it.
  const breakdown = isExportBreakdown(query.breakdown) ? query.breakdown : DEFAULT_BREAKDOWN;
  const exportChoice = canExport(session)
    ? {
        breakdown,
        summary: (await getExportTable(session, { range: data.range, waves: data.chosenWaves, breakdown }))
          .summary,
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
