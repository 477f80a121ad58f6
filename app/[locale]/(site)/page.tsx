import { setRequestLocale } from 'next-intl/server';
import { LandingPage } from '@/components/site/pages/landing-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { findReplyPromise } from '@/lib/server/conversations/promise';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const [channels, replyWithinDays] = await Promise.all([
    routeForRequest({ audience: 'recipient', locale: locale as Locale }),
    findReplyPromise({ audience: 'recipient' }),
  ]);
  return (
    <LandingPage
      helpline={getPrimaryHelpline()}
      locale={locale as Locale}
      channels={channels}
      waveCode={null}
      replyWithinDays={replyWithinDays}
    />
  );
}
