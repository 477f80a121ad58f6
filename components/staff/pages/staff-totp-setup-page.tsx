import { getTranslations } from 'next-intl/server';
import { confirmForTotp, enrolTotp } from '@/app/[locale]/(staff)/staff/security/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { Locale } from '@/lib/i18n/routing';

const CONFIRM_ERRORS = [
  'passwordRequired',
  'passwordWrong',
  'codeRequired',
  'codeInvalid',
  'throttled',
] as const;
const ENROL_ERRORS = ['codeRequired', 'codeInvalid', 'confirmExpired', 'setupExpired', 'throttled'] as const;

/**
 * Setting up (or replacing) the second factor in two steps: first the person confirms it is them (password, and a
 * code from the current app when a factor is set up); then a new secret is shown as a QR code and as text, and a
 * code from the app confirms it. An existing factor keeps working until the new one is confirmed.
 */
export async function StaffTotpSetupPage({
  locale,
  enrolled,
  setup,
}: {
  locale: Locale;
  enrolled: boolean;
  /** The new secret, after the confirmation: shown to the person and sealed into the form (10 minutes). */
  setup: { secret: string; uri: string; qrSvg: string; sealed: string } | null;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffTotpSetup' });
  const confirmErrors = Object.fromEntries(CONFIRM_ERRORS.map((key) => [key, t(`errors.${key}`)]));
  const enrolErrors = Object.fromEntries(ENROL_ERRORS.map((key) => [key, t(`errors.${key}`)]));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{enrolled ? t('titleReplace') : t('title')}</h1>
      {setup === null ? (
        <>
          <p>{enrolled ? t('confirmIntroReplace') : t('confirmIntro')}</p>
          <StaffActionForm
            id="confirm"
            action={confirmForTotp}
            hidden={{ locale }}
            submitLabel={t('confirmSubmit')}
            strings={await formStrings(locale, confirmErrors)}
            fields={[
              {
                kind: 'password',
                name: 'password',
                label: t('passwordLabel'),
                autoComplete: 'current-password',
                secret: true,
              },
              ...(enrolled
                ? [
                    {
                      kind: 'text' as const,
                      name: 'code',
                      label: t('currentCodeLabel'),
                      hint: t('currentCodeHint'),
                      autoComplete: 'one-time-code',
                      inputMode: 'numeric' as const,
                      secret: true,
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : (
        <>
          {enrolled ? <p>{t('keepsWorking')}</p> : null}
          <ol className="list-decimal pl-6">
            <li>{t('step1')}</li>
            <li>
              {t('step2')}
              <div
                className="my-2 size-56 border-2 border-ink bg-white p-1"
                // Markup made on our server by the qrcode package (path data only), not from any input.
                dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
              />
              <span className="block">{t('secretLabel')}</span>
              <code
                data-testid="totp-secret"
                className="mt-1 block bg-brand-soft p-2 font-mono text-lg break-all"
              >
                {setup.secret}
              </code>
              <span className="block text-sm text-muted">{t('uriLabel')}</span>
              <code className="block text-sm break-all">{setup.uri}</code>
            </li>
            <li>{t('step3')}</li>
          </ol>
          <StaffActionForm
            id="totp"
            action={enrolTotp}
            hidden={{ locale, pending: setup.sealed }}
            submitLabel={t('enrolSubmit')}
            strings={await formStrings(locale, enrolErrors)}
            fields={[
              {
                kind: 'text',
                name: 'code',
                label: t('codeLabel'),
                hint: t('codeHint'),
                autoComplete: 'one-time-code',
                inputMode: 'numeric',
                secret: true,
              },
            ]}
          />
        </>
      )}
      <p className="mt-6">
        <a href={`/${locale}/staff/security`} className="inline-flex min-h-11 items-center underline">
          {t('back')}
        </a>
      </p>
    </div>
  );
}
