import { setRequestLocale } from 'next-intl/server';
import { RealSmsPage } from '@/components/site/pages/real-sms-page';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?w=<code>` (from the landing page of a wave link) shows that wave's exact SMS text; anything else the example. */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { w } = await searchParams;
  const wave = typeof w === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(w) ? await findWaveByCode(w) : null;
  return (
    <RealSmsPage
      wave={wave ? { code: wave.code, locale: wave.locale, smsText: wave.smsText } : null}
      siteHost={new URL(getConfig().SITE_URL).host}
    />
  );
}
