import { setRequestLocale } from 'next-intl/server';
import { WaveEditPage } from '@/components/admin/wave-edit-page';
import { canManageWaves } from '@/lib/auth/permissions';
import { amsterdamDay } from '@/lib/counting/time';
import type { Locale } from '@/lib/i18n/routing';
import { generateWaveCode } from '@/lib/waves/wave-code';
import { requireStaff } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';
import { createWave } from '../actions';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  await requireStaff(canManageWaves, locale);
  return (
    <WaveEditPage
      locale={locale === 'en' ? 'en' : 'nl'}
      wave={null}
      suggestedCode={generateWaveCode('Uitweg')}
      today={amsterdamDay(new Date())}
      siteUrl={getConfig().SITE_URL}
      justSaved={false}
      saveAction={createWave}
      closeAction={null}
    />
  );
}
