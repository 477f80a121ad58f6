import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { WaveEditPage } from '@/components/admin/wave-edit-page';
import { canManageWaves } from '@/lib/auth/permissions';
import { amsterdamDay } from '@/lib/counting/time';
import type { Locale } from '@/lib/i18n/routing';
import { findWave, findWaveArms } from '@/lib/server/admin/waves';
import { requireStaff } from '@/lib/server/auth/guard';
import { getConfig } from '@/lib/server/config';
import { suggestArmSuffix } from '@/lib/waves/wave-code';
import { setWaveClosed, updateWave } from '../actions';
import { addArm, markWaveSent, removeArm, savePlan, setArmSent } from '../arm-actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function Page({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const session = await requireStaff(canManageWaves, locale);
  const wave = await findWave(session, id);
  if (!wave) notFound();
  const arms = await findWaveArms(session, wave.id);
  return (
    <WaveEditPage
      locale={locale === 'en' ? 'en' : 'nl'}
      wave={wave}
      suggestedCode={wave.code}
      today={amsterdamDay(new Date())}
      siteUrl={getConfig().SITE_URL}
      justSaved={(await searchParams).saved === '1'}
      saveAction={updateWave}
      closeAction={setWaveClosed}
      experiment={{
        arms,
        suggestedArmCode: `${wave.code}-${suggestArmSuffix()}`,
        actions: { addArm, removeArm, setArmSent, savePlan, markWaveSent },
      }}
    />
  );
}
