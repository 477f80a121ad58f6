import { StaffTemplatesPage } from '@/components/staff/pages/staff-templates-page';
import { canOpenTemplates } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { findTemplateTeams, findTemplates } from '@/lib/server/conversations/team';
import { getDb } from '@/lib/server/db';
import { deleteReplyTemplate, saveReplyTemplate } from './actions';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const session = await requireStaff(canOpenTemplates, locale);
  const db = getDb();
  const teams = await findTemplateTeams(db, session);
  const templates = await findTemplates(
    db,
    session,
    teams.map((team) => team.id),
  );
  return (
    <StaffTemplatesPage
      locale={locale}
      teams={teams}
      templates={templates}
      actions={{ save: saveReplyTemplate, remove: deleteReplyTemplate }}
    />
  );
}
