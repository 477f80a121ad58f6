import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { TeamEditPage } from '@/components/admin/team-edit-page';
import { canManageTeams } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { getTeamsOverview } from '@/lib/server/admin/teams';
import { requireStaff } from '@/lib/server/auth/guard';
import { updateTeam } from '../actions';

export default async function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageTeams, locale);
  const overview = await getTeamsOverview(session);
  const team = overview.teams.find((candidate) => candidate.id === id);
  if (!team) notFound();
  return (
    <TeamEditPage
      locale={locale === 'en' ? 'en' : 'nl'}
      team={team}
      staff={overview.staff}
      action={updateTeam}
    />
  );
}
