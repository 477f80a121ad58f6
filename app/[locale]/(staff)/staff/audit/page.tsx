import { StaffAuditPage } from '@/components/staff/pages/staff-audit-page';
import { canViewAudit } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { findAuditEntries } from '@/lib/server/staff/audit-log';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  await requireStaff(canViewAudit, locale);
  return <StaffAuditPage locale={locale} rows={await findAuditEntries(getDb())} />;
}
