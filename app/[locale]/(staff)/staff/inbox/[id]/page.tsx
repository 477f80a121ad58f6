import { notFound } from 'next/navigation';
import { StaffRequestPage } from '@/components/staff/pages/staff-request-page';
import { canReadRequests } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getKeyring } from '@/lib/server/auth/totp-secret';
import { getConfig } from '@/lib/server/config';
import { findTemplatesForRequest } from '@/lib/server/conversations/team';
import { getDb } from '@/lib/server/db';
import { openRequestForCaseworker } from '@/lib/server/staff/requests';
import { findActiveTeams } from '@/lib/server/staff/team-options';

export default async function Page({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  const session = await requireStaff(canReadRequests, locale);
  const db = getDb();
  // Another team's request and a request that does not exist look the same: 404.
  // Staff screens use the server's clock: a request header never moves what staff see or decide.
  const request = await openRequestForCaseworker(
    db,
    session,
    id,
    getKeyring(),
    new Date(),
    getConfig().CONVERSATION_RETENTION_DAYS,
  );
  if (!request) notFound();
  const templates =
    request.conversation && !request.conversation.deleted
      ? await findTemplatesForRequest(db, session, request)
      : [];
  return (
    <StaffRequestPage
      locale={locale}
      request={request}
      teams={await findActiveTeams(db)}
      staffName={session.name}
      templates={templates}
    />
  );
}
