import { setRequestLocale } from 'next-intl/server';
import { LandingPage } from '@/components/site/pages/landing-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

/** A wave link (`/w/<code>`, rewritten here by the proxy). An unknown code shows the normal landing page. */
export default async function Page({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale as Locale);
  const wave = await findWaveByCode(code);
  return <LandingPage helpline={getPrimaryHelpline()} waveCode={wave?.code ?? null} />;
}
