import { setRequestLocale } from 'next-intl/server';
import { TeamsPage } from '@/components/admin/teams-page';
import { canManageTeams } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { getTeamsOverview } from '@/lib/server/admin/teams';
import { requireStaff } from '@/lib/server/auth/guard';
import { createRoutingRule, createTeam, deleteRoutingRule } from './actions';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageTeams, locale);
  return (
    <TeamsPage
      locale={locale === 'en' ? 'en' : 'nl'}
      overview={await getTeamsOverview(session)}
      actions={{ createTeam, createRule: createRoutingRule, deleteRule: deleteRoutingRule }}
    />
  );
}
