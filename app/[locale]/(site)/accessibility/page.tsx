import { setRequestLocale } from 'next-intl/server';
import { AccessibilityPage } from '@/components/site/pages/accessibility-page';
import type { Locale } from '@/lib/i18n/routing';
import { getPrimaryHelpline } from '@/lib/server/helpline';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <AccessibilityPage helpline={getPrimaryHelpline()} />;
}
