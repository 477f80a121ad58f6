import { StaffHomePage } from '@/components/staff/pages/staff-home-page';
import { canReadRequests, canViewStaffHome } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { countNewPerTeam } from '@/lib/server/staff/requests';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const session = await requireStaff(canViewStaffHome, locale);
  const waitingHours = getConfig().REQUEST_WAITING_HOURS;
  const teamCounts = canReadRequests(session)
    ? await countNewPerTeam(getDb(), session, new Date(), waitingHours)
    : null;
  return (
    <StaffHomePage locale={locale} session={session} teamCounts={teamCounts} waitingHours={waitingHours} />
  );
}
