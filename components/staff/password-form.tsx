import { getTranslations } from 'next-intl/server';
import { changePassword } from '@/app/[locale]/(staff)/staff/security/password/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import type { Locale } from '@/lib/i18n/routing';

const ERRORS = [
  'currentRequired',
  'passwordWrong',
  'codeRequired',
  'codeInvalid',
  'nextRequired',
  'tooShort',
  'tooLong',
  'common',
  'containsEmail',
  'samePassword',
  'throttled',
] as const;

/** Changing one's own password: the current one, a code when a second factor is set up, and the new one. */
export async function StaffPasswordForm({ locale, withCode }: { locale: Locale; withCode: boolean }) {
  const t = await getTranslations({ locale, namespace: 'StaffPasswordForm' });
  const errors = Object.fromEntries(ERRORS.map((key) => [key, t(`errors.${key}`)]));
  return (
    <StaffActionForm
      id="password"
      action={changePassword}
      hidden={{ locale }}
      submitLabel={t('submit')}
      strings={await formStrings(locale, errors)}
      fields={[
        {
          kind: 'password',
          name: 'current',
          label: t('current'),
          autoComplete: 'current-password',
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
        {
          kind: 'password',
          name: 'next',
          label: t('next'),
          hint: t('nextHint', { min: PASSWORD_MIN_LENGTH }),
          autoComplete: 'new-password',
          secret: true,
        },
      ]}
    />
  );
}
