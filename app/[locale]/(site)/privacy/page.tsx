import { setRequestLocale } from 'next-intl/server';
import { PrivacyPage } from '@/components/site/pages/privacy-page';
import type { Locale } from '@/lib/i18n/routing';
import { getConfig } from '@/lib/server/config';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <PrivacyPage conversationRetentionDays={getConfig().CONVERSATION_RETENTION_DAYS} />;
}
