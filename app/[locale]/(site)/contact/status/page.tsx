import { setRequestLocale } from 'next-intl/server';
import { ContactStatusPage } from '@/components/site/pages/contact-status-page';
import { normalizeReferenceCode } from '@/lib/contact/reference-code';
import type { Locale } from '@/lib/i18n/routing';
import { findRequestStatus } from '@/lib/server/contact/requests';
import { getDb } from '@/lib/server/db';
import { getPrimaryHelpline } from '@/lib/server/helpline';

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const { code } = await searchParams;
  const asked = typeof code === 'string' && code.trim() !== '' ? code : '';
  const reference = asked ? normalizeReferenceCode(asked) : null;
  let status = undefined;
  if (asked) status = reference ? await findRequestStatus(getDb(), reference).catch(() => null) : null;
  return (
    <ContactStatusPage
      code={reference ?? asked.slice(0, 12)}
      status={status}
      helpline={getPrimaryHelpline()}
    />
  );
}
