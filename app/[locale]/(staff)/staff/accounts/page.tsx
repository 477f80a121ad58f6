import { StaffAccountsPage } from '@/components/staff/pages/staff-accounts-page';
import { canManageAccounts } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { findAccounts } from '@/lib/server/staff/accounts';
import { findActiveTeams } from '@/lib/server/staff/team-options';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const session = await requireStaff(canManageAccounts, locale);
  const db = getDb();
  return (
    <StaffAccountsPage
      locale={locale}
      accounts={await findAccounts(db)}
      teams={await findActiveTeams(db)}
      selfId={session.userId}
    />
  );
}
