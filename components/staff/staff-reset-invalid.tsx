import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/** Shown (with status 403) for a reset link that is unknown, used already or expired. */
export async function StaffResetInvalid({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'StaffResetInvalid' });
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
    </div>
  );
}
