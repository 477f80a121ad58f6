import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { DashboardPage } from '@/components/dashboard/dashboard-page';
import { canManageSettings, canViewDashboard } from '@/lib/auth/permissions';
import { getDashboard } from '@/lib/server/analytics/dashboard';
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
  return (
    <DashboardPage
      data={data}
      locale={locale === 'en' ? 'en' : 'nl'}
      privacyAction={canManageSettings(session) ? setPrivacyMode : null}
    />
  );
}
