import { StaffSecurityPage } from '@/components/staff/pages/staff-security-page';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaffForEnrolment } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { hasTotp } from '@/lib/server/staff/accounts';

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ updated?: string }>;
}) {
  const { locale } = await params;
  const session = await requireStaffForEnrolment(locale);
  const { updated } = await searchParams;
  return (
    <StaffSecurityPage
      locale={locale}
      enrolled={await hasTotp(getDb(), session.userId)}
      mustEnrol={session.mustEnrolTotp === true}
      updated={updated === 'totp' || updated === 'password' ? updated : null}
    />
  );
}
