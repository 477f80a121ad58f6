import { setRequestLocale } from 'next-intl/server';
import { ContactConfirmationPage } from '@/components/site/pages/contact-confirmation-page';
import { normalizeReferenceCode } from '@/lib/contact/reference-code';
import type { Locale } from '@/lib/i18n/routing';
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
  const reference = typeof code === 'string' ? normalizeReferenceCode(code) : null;
  return <ContactConfirmationPage code={reference} helpline={getPrimaryHelpline()} />;
}
