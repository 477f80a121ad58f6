import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { StaffConversationView } from '@/lib/server/conversations/staff-view';
import { hourFormat } from '../labels';

/**
 * The messages of a conversation, oldest first: the person's and the team's, each answer with the label the person
 * saw and (for staff only) who wrote it. Once the person deleted the conversation only that fact is left.
 */
export async function ConversationThread({
  locale,
  conversation,
}: {
  locale: Locale;
  conversation: StaffConversationView;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffConversation' });
  const format = hourFormat(locale);
  if (conversation.deleted) {
    return (
      <p className="border-l-4 border-danger p-3 font-semibold" data-testid="conversation-deleted">
        {t('deleted')}
      </p>
    );
  }
  return (
    <ol className="m-0 flex max-w-3xl list-none flex-col gap-3 p-0" data-testid="conversation-messages">
      {conversation.messages.map((message) => (
        <li
          key={message.id}
          data-author={message.author}
          className={
            message.author === 'person'
              ? 'border-l-4 border-line bg-white p-3'
              : 'ml-6 border-l-4 border-brand bg-brand-soft p-3'
          }
        >
          <p className="m-0 text-sm text-muted">
            {message.author === 'person'
              ? t('fromPerson')
              : t('fromTeam', { label: message.label, name: message.authorName ?? t('formerColleague') })}
            {', '}
            {format.format(message.createdAt)}
          </p>
          <p className="m-0 whitespace-pre-wrap">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}
