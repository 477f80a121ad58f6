import { StaffSettingsPage } from '@/components/staff/pages/staff-settings-page';
import { canManageSettings } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaff } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { getRequireTotp } from '@/lib/server/staff/settings';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  await requireStaff(canManageSettings, locale);
  return <StaffSettingsPage locale={locale} requireTotp={await getRequireTotp(getDb())} />;
}
