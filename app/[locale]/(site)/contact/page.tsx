import { setRequestLocale } from 'next-intl/server';
import { ContactPage } from '@/components/site/pages/contact-page';
import { issueFormToken } from '@/lib/contact/form-timing';
import { createChallenge } from '@/lib/contact/proof-of-work';
import { AUDIENCES, TOPICS } from '@/lib/contact/options';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';
import { powSecret } from '@/lib/server/contact/abuse';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';
import { findWaveByCode } from '@/lib/server/waves/wave-directory';
import { submitContact } from './actions';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pick = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
  allowed.find((option) => option === value);

// Rendered per request, so it is sent with `Cache-Control: no-store`: the answer to the post holds a reference code.
export const dynamic = 'force-dynamic';

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const query = await searchParams;
  const audience = pick(AUDIENCES, query.audience);
  const topic = pick(TOPICS, query.topic);
  const wave = typeof query.w === 'string' ? await findWaveByCode(query.w) : null;
  const now = new Date();
  const channels = await routeForRequest({
    audience: audience ?? 'recipient',
    topic,
    locale: locale as Locale,
  });
  return (
    <ContactPage
      locale={locale as Locale}
      helpline={getPrimaryHelpline()}
      channels={channels}
      chosen={{ audience, topic }}
      waveCode={wave?.code ?? null}
      action={submitContact}
      formToken={issueFormToken(getConfig().APP_SECRET, now)}
      challenge={createChallenge({ secret: powSecret(), now })}
    />
  );
}
