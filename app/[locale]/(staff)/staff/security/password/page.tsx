import { StaffPasswordPage } from '@/components/staff/pages/staff-password-page';
import type { Locale } from '@/lib/i18n/routing';
import { requireSignedIn } from '@/lib/server/auth/guard';
import { getDb } from '@/lib/server/db';
import { hasTotp } from '@/lib/server/staff/accounts';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  // Open while the password still has to be chosen: every other staff screen leads here until then.
  const session = await requireSignedIn(locale);
  return (
    <StaffPasswordPage
      locale={locale}
      mustChange={session.mustChangePassword === true}
      withCode={await hasTotp(getDb(), session.userId)}
    />
  );
}
