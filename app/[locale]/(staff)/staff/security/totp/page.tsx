import { getTranslations } from 'next-intl/server';
import { StaffTotpSetupPage } from '@/components/staff/pages/staff-totp-setup-page';
import { newTotpSecret, totpUri } from '@/lib/auth/totp';
import type { Locale } from '@/lib/i18n/routing';
import { requireStaffForEnrolment } from '@/lib/server/auth/guard';
import { qrCodeSvg } from '@/lib/server/auth/qr-code';
import { sessionRecentlyConfirmed } from '@/lib/server/auth/sessions';
import { getKeyring, sealPendingSecret } from '@/lib/server/auth/totp-secret';
import { getDb } from '@/lib/server/db';
import { hasTotp } from '@/lib/server/staff/accounts';

export default async function Page({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const session = await requireStaffForEnrolment(locale);
  const db = getDb();
  const now = new Date();
  const enrolled = await hasTotp(db, session.userId);
  // A new secret only after the password (and the current code) were confirmed in this session, minutes ago.
  if (!(await sessionRecentlyConfirmed(db, session.sessionId, now))) {
    return <StaffTotpSetupPage locale={locale} enrolled={enrolled} setup={null} />;
  }
  const t = await getTranslations({ locale, namespace: 'StaffTotpSetup' });
  const secret = newTotpSecret();
  const uri = totpUri(secret, session.email);
  return (
    <StaffTotpSetupPage
      locale={locale}
      enrolled={enrolled}
      setup={{
        secret,
        uri,
        qrSvg: await qrCodeSvg(uri, t('qrLabel')),
        sealed: sealPendingSecret(getKeyring(), session.userId, secret, now),
      }}
    />
  );
}
