import { redirect } from 'next/navigation';
import { StaffLoginPage } from '@/components/staff/pages/staff-login-page';
import type { Locale } from '@/lib/i18n/routing';
import { getStaffSession } from '@/lib/server/auth/guard';

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ signedOut?: string; reset?: string }>;
}) {
  const { locale } = await params;
  if (await getStaffSession()) redirect(`/${locale}/staff`);
  const { signedOut, reset } = await searchParams;
  return <StaffLoginPage locale={locale} signedOut={signedOut === '1'} passwordReset={reset === '1'} />;
}
