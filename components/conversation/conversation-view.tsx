import type { VisitorLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { ShownConversation } from '@/lib/server/visitor-forms/conversation';

/** The messages of an opened conversation, oldest first, and what happens next. */
export function ConversationMessages({ locale, shown }: { locale: VisitorLocale; shown: ShownConversation }) {
  const t = translator(locale, 'ConversationPage');
  return (
    <>
      {shown.newAnswer && (
        <p className="rounded-md border-s-4 border-brand bg-white p-3 font-semibold">{t('newAnswer')}</p>
      )}
      <section aria-labelledby="messages-title" className="space-y-3">
        <h2 id="messages-title" className="text-xl font-bold">
          {t('messagesTitle')}
        </h2>
        <ol className="space-y-3" data-testid="conversation-messages">
          {shown.messages.map((entry, index) => (
            <li
              key={index}
              data-author={entry.author}
              className={`rounded-lg p-3 shadow-sm ${entry.author === 'team' ? 'border-s-4 border-brand bg-white' : 'bg-brand-soft'}`}
            >
              <p className="font-bold">
                {entry.author === 'person' ? t('you') : entry.label || t('teamFallback')}
                <span className="font-normal text-muted"> · {entry.day}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap">{entry.body}</p>
            </li>
          ))}
        </ol>
      </section>
      {shown.answerBy && <p>{t('waiting', { date: shown.answerBy })}</p>}
      <p>{t('noNotice')}</p>
      <p>{t('deleteOn', { date: shown.deleteOn })}</p>
    </>
  );
}
