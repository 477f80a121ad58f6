import { getMessages, getTranslations } from 'next-intl/server';
import {
  ConversationClient,
  type ConversationClientProps,
} from '@/components/conversation/conversation-client';
import { CONVERSATION_FIELD_ERRORS } from '@/lib/conversations/person-form';
import type { PrimaryHelpline } from '@/lib/server/helpline';

export interface ConversationPageProps {
  helpline: PrimaryHelpline;
  action: ConversationClientProps['action'];
  challenge: ConversationClientProps['challenge'];
  contactHref: string;
  retentionDays: number;
}

/** The conversation page: open a conversation with its key, read it, write again, delete it. */
export async function ConversationPage({
  helpline,
  action,
  challenge,
  contactHref,
  retentionDays,
}: ConversationPageProps) {
  const messages = await getMessages();
  const t = await getTranslations('ConversationErrors');
  const number = helpline.display;
  const errors: Record<string, string> = {
    ...Object.fromEntries(CONVERSATION_FIELD_ERRORS.map((key) => [key, t(key)])),
    notFound: t('notFound', { days: retentionDays, number }),
    // The clock time is only known after the post: left as a placeholder the component fills in.
    throttledAt: t('throttledAt', { number, time: '{time}' }),
    throttledSoon: t('throttledSoon', { number }),
    unavailable: t('unavailable', { number }),
  };
  return (
    <ConversationClient
      action={action}
      text={{ copy: messages.ConversationPage, errors }}
      challenge={challenge}
      helpline={{ display: helpline.display, href: helpline.href }}
      contactHref={contactHref}
    />
  );
}
