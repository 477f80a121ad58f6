import { setRequestLocale } from 'next-intl/server';
import { WaveListPage } from '@/components/admin/wave-list-page';
import { canManageWaves } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { getWaves } from '@/lib/server/admin/waves';
import { requireStaff } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageWaves, locale);
  return (
    <WaveListPage
      waves={await getWaves(session)}
      locale={locale === 'en' ? 'en' : 'nl'}
      siteHost={new URL(getConfig().SITE_URL).host}
    />
  );
}
