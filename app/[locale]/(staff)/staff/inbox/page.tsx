import { StaffInboxPage } from '@/components/staff/pages/staff-inbox-page';
import { canReadRequests } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { findInboxRequests, INBOX_STATUS_FILTERS, type InboxStatusFilter } from '@/lib/server/staff/requests';
import { findActiveTeams } from '@/lib/server/staff/team-options';

type Search = { status?: string; team?: string; topic?: string; sort?: string; reassigned?: string };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const session = await requireStaff(canReadRequests, locale);
  const search = await searchParams;
  const status = (INBOX_STATUS_FILTERS as readonly string[]).includes(search.status ?? '')
    ? (search.status as InboxStatusFilter)
    : 'open';
  const filters = {
    status,
    teamId: search.team ?? '',
    topic: search.topic ?? '',
    sort: search.sort === 'newest' ? ('newest' as const) : ('waiting' as const),
  };
  const db = getDb();
  const rows = await findInboxRequests(db, session, filters, new Date(), getConfig().REQUEST_WAITING_HOURS);
  const teams = (await findActiveTeams(db)).filter((team) => session.teamIds.includes(team.id));
  return (
    <StaffInboxPage
      locale={locale}
      rows={rows}
      filters={filters}
      teams={teams}
      reassigned={search.reassigned === '1'}
    />
  );
}
