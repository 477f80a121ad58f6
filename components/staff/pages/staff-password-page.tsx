import { getTranslations } from 'next-intl/server';
import { StaffPasswordForm } from '@/components/staff/password-form';
import type { Locale } from '@/lib/i18n/routing';

/** The change-password page; the only staff screen open until the owner of a new account has chosen a password. */
export async function StaffPasswordPage({
  locale,
  mustChange,
  withCode,
}: {
  locale: Locale;
  mustChange: boolean;
  withCode: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffPassword' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {mustChange ? (
        <p role="status" className="border-l-4 border-accent bg-white p-3 font-semibold">
          {t('mustChange')}
        </p>
      ) : null}
      <p>{t('intro')}</p>
      <StaffPasswordForm locale={locale} withCode={withCode} />
    </div>
  );
}
