import { setRequestLocale } from 'next-intl/server';
import { LandingPage } from '@/components/site/pages/landing-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { findReplyPromise } from '@/lib/server/conversations/promise';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';

/** A wave link (`/w/<code>`, rewritten here by the proxy). An unknown code shows the normal landing page. */
export default async function Page({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale as Locale);
  const [wave, channels, replyWithinDays] = await Promise.all([
    findWaveByCode(code),
    routeForRequest({ audience: 'recipient', locale: locale as Locale }),
    findReplyPromise({ audience: 'recipient' }),
  ]);
  return (
    <LandingPage
      helpline={getPrimaryHelpline()}
      locale={locale as Locale}
      channels={channels}
      waveCode={wave?.code ?? null}
      replyWithinDays={replyWithinDays}
    />
  );
}
