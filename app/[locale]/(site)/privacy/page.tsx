import { setRequestLocale } from 'next-intl/server';
import { PrivacyPage } from '@/components/site/pages/privacy-page';
import type { Locale } from '@/lib/i18n/routing';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <PrivacyPage />;
}
