import { StaffAuditPage } from '@/components/staff/pages/staff-audit-page';
import { canViewAudit } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { parseAuditQuery } from '@/lib/staff/audit-filter';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { findAuditEntries, findAuditFilterOptions } from '@/lib/server/staff/audit-log';

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  await requireStaff(canViewAudit, locale);
  const query = parseAuditQuery(await searchParams);
  const db = getDb();
  const [entries, options] = await Promise.all([
    findAuditEntries(db, query.filter, query.page),
    findAuditFilterOptions(db),
  ]);
  return (
    <StaffAuditPage
      locale={locale}
      entries={entries}
      options={options}
      filter={query.filter}
      errors={query.errors}
    />
  );
}
