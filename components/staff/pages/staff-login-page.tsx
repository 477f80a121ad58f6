import { getTranslations } from 'next-intl/server';
import { login } from '@/app/[locale]/(staff)/staff/login/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { Locale } from '@/lib/i18n/routing';

const LOGIN_ERRORS = [
  'emailRequired',
  'emailInvalid',
  'passwordRequired',
  'invalid',
  'throttled',
  'codeRequired',
  'codeInvalid',
] as const;

export async function StaffLoginPage({
  locale,
  signedOut,
  passwordReset,
}: {
  locale: Locale;
  signedOut: boolean;
  /** Just set a new password from a reset link. */
  passwordReset: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffLogin' });
  const errors = Object.fromEntries(LOGIN_ERRORS.map((key) => [key, t(`errors.${key}`)]));
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {signedOut ? (
        <p role="status" className="border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {t('signedOut')}
        </p>
      ) : null}
      {passwordReset ? (
        <p role="status" className="border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {t('passwordReset')}
        </p>
      ) : null}
      <p>{t('intro')}</p>
      <StaffActionForm
        id="login"
        action={login}
        hidden={{ locale }}
        submitLabel={t('submit')}
        strings={await formStrings(locale, errors)}
        fields={[
          { kind: 'email', name: 'email', label: t('email'), autoComplete: 'username' },
          {
            kind: 'password',
            name: 'password',
            label: t('password'),
            autoComplete: 'current-password',
            secret: true,
          },
          {
            kind: 'text',
            name: 'code',
            label: t('code'),
            hint: t('codeHint'),
            autoComplete: 'one-time-code',
            inputMode: 'numeric',
            secret: true,
          },
        ]}
      />
    </div>
  );
}
