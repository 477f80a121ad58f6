import { StaffSecurityPage } from '@/components/staff/pages/staff-security-page';
import { newTotpSecret, totpUri } from '@/lib/auth/totp';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaffForEnrolment } from '@/lib/server/auth/guard';
import { getKeyring, sealPendingSecret } from '@/lib/server/auth/totp-secret';
import { getDb } from '@/lib/server/db';
import { hasTotp } from '@/lib/server/staff/accounts';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const session = await requireStaffForEnrolment(locale);
  const enrolled = await hasTotp(getDb(), session.userId);
  const secret = enrolled ? null : newTotpSecret();
  const enrolment = secret
    ? {
        secret,
        uri: totpUri(secret, session.email),
        sealed: sealPendingSecret(getKeyring(), session.userId, secret),
      }
    : null;
  return (
    <StaffSecurityPage
      locale={locale}
      enrolled={enrolled}
      mustEnrol={session.mustEnrolTotp === true}
      enrolment={enrolment}
    />
  );
}
