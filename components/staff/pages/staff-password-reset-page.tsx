import { getTranslations } from 'next-intl/server';
import { completeReset } from '@/app/[locale]/(staff)/staff/reset/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import type { Locale } from '@/lib/i18n/routing';

const ERRORS = [
  'passwordRequired',
  'tooShort',
  'tooLong',
  'common',
  'containsEmail',
  'codeRequired',
  'codeInvalid',
  'throttled',
  'invalidLink',
] as const;

/** Choosing a new password from an admin's reset link (with a code when a second factor is set up). */
export async function StaffPasswordResetPage({
  locale,
  token,
  email,
  withCode,
}: {
  locale: Locale;
  token: string;
  email: string;
  withCode: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffPasswordReset' });
  const errors = Object.fromEntries(ERRORS.map((key) => [key, t(`errors.${key}`)]));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro', { email })}</p>
      <StaffActionForm
        id="reset"
        action={completeReset}
        hidden={{ locale, token }}
        submitLabel={t('submit')}
        strings={await formStrings(locale, errors)}
        fields={[
          {
            kind: 'password',
            name: 'password',
            label: t('password'),
            hint: t('passwordHint', { min: PASSWORD_MIN_LENGTH }),
            autoComplete: 'new-password',
            secret: true,
          },
          ...(withCode
            ? [
                {
                  kind: 'text' as const,
                  name: 'code',
                  label: t('code'),
                  hint: t('codeHint'),
                  autoComplete: 'one-time-code',
                  inputMode: 'numeric' as const,
                  secret: true,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
