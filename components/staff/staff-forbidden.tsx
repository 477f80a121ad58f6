import { getTranslations } from 'next-intl/server';

/** Shown with status 403 when a signed-in person opens a staff screen their roles do not allow. */
export async function StaffForbidden() {
  const t = await getTranslations('StaffForbidden');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
    </>
  );
}
