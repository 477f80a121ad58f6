import { getTranslations } from 'next-intl/server';
import { logoutEverywhere } from '@/app/[locale]/(staff)/staff/actions';
import { enrolTotp } from '@/app/[locale]/(staff)/staff/security/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { Locale } from '@/lib/i18n/routing';

export async function StaffSecurityPage({
  locale,
  enrolled,
  mustEnrol,
  enrolment,
}: {
  locale: Locale;
  enrolled: boolean;
  mustEnrol: boolean;
  /** A fresh secret to set up (when not enrolled): shown to the person and sealed into the form. */
  enrolment: { secret: string; uri: string; sealed: string } | null;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffSecurity' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {mustEnrol ? (
        <p role="status" className="border-l-4 border-accent bg-white p-3 font-semibold">
          {t('mustEnrol')}
        </p>
      ) : null}
      <section aria-labelledby="totp-heading" className="max-w-3xl">
        <h2 id="totp-heading" className="text-xl font-bold">
          {t('totpHeading')}
        </h2>
        {enrolled ? (
          <p data-testid="totp-status">{t('totpOn')}</p>
        ) : enrolment ? (
          <>
            <p data-testid="totp-status">{t('totpOff')}</p>
            <ol className="list-decimal pl-6">
              <li>{t('step1')}</li>
              <li>
                {t('step2')}
                <code
                  data-testid="totp-secret"
                  className="mt-1 block bg-brand-soft p-2 font-mono text-lg break-all"
                >
                  {enrolment.secret}
                </code>
                <span className="block text-sm text-muted">{t('uriLabel')}</span>
                <code className="block text-sm break-all">{enrolment.uri}</code>
              </li>
              <li>{t('step3')}</li>
            </ol>
            <StaffActionForm
              id="totp"
              action={enrolTotp}
              hidden={{ locale, pending: enrolment.sealed }}
              submitLabel={t('enrolSubmit')}
              strings={await formStrings(
                locale,
                { codeRequired: t('errors.codeRequired'), codeInvalid: t('errors.codeInvalid') },
                t('enrolled'),
              )}
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
        ) : null}
      </section>
      <section aria-labelledby="sessions-heading" className="mt-8 max-w-3xl">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t('sessionsHeading')}
        </h2>
        <p>{t('sessionsIntro')}</p>
        <form action={logoutEverywhere}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="min-h-11 rounded-md border-2 border-ink bg-white px-4 font-bold text-ink"
          >
            {t('logoutEverywhere')}
          </button>
        </form>
      </section>
    </>
  );
}
