import { StaffPasswordResetPage } from '@/components/staff/pages/staff-password-reset-page';
import { StaffResetInvalid } from '@/components/staff/staff-reset-invalid';
import type { Locale } from '@/lib/i18n/routing';
import { findPasswordReset } from '@/lib/server/auth/password-reset';
import { getDb } from '@/lib/server/db';

/**
 * Opened from an admin's reset link, without a session: the token in the query string is the proof. For a link that
 * does not work (any more) the proxy has set status 403 (`lib/server/auth/reset-link-guard.ts`) and this page says
 * what to do.
 */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { locale } = await params;
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const pending = value ? await findPasswordReset(getDb(), value, new Date()) : null;
  if (!pending) return <StaffResetInvalid locale={locale} />;
  return (
    <StaffPasswordResetPage locale={locale} token={value} email={pending.email} withCode={pending.hasTotp} />
  );
}
