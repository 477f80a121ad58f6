import { setRequestLocale } from 'next-intl/server';
import { ConversationPage } from '@/components/site/pages/conversation-page';
import { createChallenge } from '@/lib/contact/proof-of-work';
import { localizedPath } from '@/lib/i18n/localized-path';
import type { Locale } from '@/lib/i18n/routing';
import { requestNow } from '@/lib/server/clock';
import { getConfig } from '@/lib/server/config';
import { powSecret } from '@/lib/server/contact/abuse';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { conversationAction } from './actions';

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return (
    <ConversationPage
      helpline={getPrimaryHelpline()}
      action={conversationAction.bind(null, locale as Locale)}
      challenge={createChallenge({ secret: powSecret(), now: await requestNow() })}
      contactHref={localizedPath('/contact', locale as Locale)}
      retentionDays={getConfig().CONVERSATION_RETENTION_DAYS}
    />
  );
}
