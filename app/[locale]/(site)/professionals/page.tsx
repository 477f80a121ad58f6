import { setRequestLocale } from 'next-intl/server';
import { ProfessionalsPage } from '@/components/site/pages/professionals-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { routeForRequest } from '@/lib/server/helplines/route-for-request';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const channels = await routeForRequest({ audience: 'professional', locale: locale as Locale });
  return <ProfessionalsPage helpline={getPrimaryHelpline()} locale={locale as Locale} channels={channels} />;
}
