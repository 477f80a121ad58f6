import { setRequestLocale } from 'next-intl/server';
import { HelpIndexPage } from '@/components/site/pages/help-index-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <HelpIndexPage helpline={getPrimaryHelpline()} />;
}
