import { getTranslations } from 'next-intl/server';
import { logoutEverywhere } from '@/app/[locale]/(staff)/staff/actions';
import { StaffPasswordForm } from '@/components/staff/password-form';
import type { Locale } from '@/lib/i18n/routing';

const linkClass =
  'inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-brand px-4 font-bold text-white no-underline';

/** One's own sign-in settings: the second factor (set up or replace), the password, and signing out everywhere. */
export async function StaffSecurityPage({
  locale,
  enrolled,
  mustEnrol,
  updated,
}: {
  locale: Locale;
  enrolled: boolean;
  mustEnrol: boolean;
  /** What was just changed, for the confirmation after the redirect. */
  updated: 'totp' | 'password' | null;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffSecurity' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {updated ? (
        <p role="status" className="border-l-4 border-brand bg-brand-soft p-3 font-semibold">
          {updated === 'totp' ? t('enrolled') : t('passwordChanged')}
        </p>
      ) : null}
      {mustEnrol ? (
        <p role="status" className="border-l-4 border-accent bg-white p-3 font-semibold">
          {t('mustEnrol')}
        </p>
      ) : null}
      <section aria-labelledby="totp-heading" className="max-w-3xl">
        <h2 id="totp-heading" className="text-xl font-bold">
          {t('totpHeading')}
        </h2>
        <p data-testid="totp-status">{enrolled ? t('totpOn') : t('totpOff')}</p>
        {enrolled ? <p>{t('replaceIntro')}</p> : null}
        <a href={`/${locale}/staff/security/totp`} className={linkClass}>
          {enrolled ? t('replaceTotp') : t('setUpTotp')}
        </a>
      </section>
      <section aria-labelledby="password-heading" className="mt-8 max-w-3xl">
        <h2 id="password-heading" className="text-xl font-bold">
          {t('passwordHeading')}
        </h2>
        <p>{t('passwordIntro')}</p>
        <StaffPasswordForm locale={locale} withCode={enrolled} />
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
