import { getTranslations } from 'next-intl/server';
import { replyToConversation } from '@/app/[locale]/(staff)/staff/inbox/conversation-actions';
import { REPLY_OUTCOMES } from '@/lib/auth/request-status';
import { displayLabel } from '@/lib/conversations/display-label';
import { REPLY_MAX_CODE_POINTS } from '@/lib/conversations/reply-check';
import type { Locale } from '@/lib/i18n/routing';
import type { StaffConversationView } from '@/lib/server/conversations/staff-view';
import type { TemplateView } from '@/lib/server/conversations/team';
import { ConversationThread } from './conversation-thread';
import { ReplyForm } from './reply-form';

const REPLY_ERRORS = [
  'labelKindRequired',
  'notAllowed',
  'outcomeRequired',
  'replyForeignLink',
  'replyRequired',
  'replyTooLong',
  'templateRequired',
] as const;

/** A conversation on the request page: its messages, whether the person read the answer, and the reply box. */
export async function ConversationSection({
  locale,
  requestId,
  teamName,
  staffName,
  conversation,
  templates,
}: {
  locale: Locale;
  requestId: string;
  teamName: string;
  staffName: string;
  conversation: StaffConversationView;
  templates: TemplateView[];
}) {
  const t = await getTranslations({ locale, namespace: 'StaffConversation' });
  const common = await getTranslations({ locale, namespace: 'StaffForm' });
  const dayFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'long',
  });
  const names = { staffName, teamName };
  const errors = {
    unknown: common('unknownError'),
    notFound: common('notFound'),
    ...Object.fromEntries(
      REPLY_ERRORS.map((key) => [key, t(`errors.${key}`, { max: REPLY_MAX_CODE_POINTS })]),
    ),
  };
  const lastAuthor = conversation.messages.at(-1)?.author ?? null;
  return (
    <section aria-labelledby="conversation-heading" className="mt-6">
      <h2 id="conversation-heading" className="text-xl font-bold">
        {t('title')}
      </h2>
      {conversation.deleted ? null : (
        <ul className="mb-4 max-w-3xl">
          <li>{t('promise', { days: conversation.replyWithinDays })}</li>
          {conversation.deleteAfter ? (
            <li>{t('deleteAfter', { day: dayFormat.format(conversation.deleteAfter) })}</li>
          ) : null}
          {lastAuthor === 'team' ? (
            <li data-testid="answer-read-state">
              {conversation.answerUnread ? t('answerUnread') : t('answerSeen')}
            </li>
          ) : null}
        </ul>
      )}
      <ConversationThread locale={locale} conversation={conversation} />
      {conversation.deleted ? null : (
        <section aria-labelledby="reply-heading" className="mt-6 max-w-3xl">
          <h3 id="reply-heading" className="text-lg font-bold">
            {t('replyTitle')}
          </h3>
          <ReplyForm
            action={replyToConversation}
            hidden={{ locale, id: requestId }}
            defaultLabelKind={conversation.lastLabelKind}
            labelChoices={[
              { value: 'firstName', label: t('labelFirstName', { label: displayLabel('firstName', names) }) },
              { value: 'team', label: t('labelTeam', { label: displayLabel('team', names) }) },
            ]}
            outcomeChoices={REPLY_OUTCOMES.map((outcome) => ({
              value: outcome,
              label: t(`outcome.${outcome}`),
            }))}
            templates={templates.map((template) => ({
              value: template.id,
              label: `${template.title} (${template.locale.toUpperCase()})`,
            }))}
            strings={{
              errorSummaryTitle: common('errorSummaryTitle'),
              errorPrefix: common('errorPrefix'),
              errors,
              sent: t('sent'),
              labelLegend: t('labelLegend'),
              labelHint: t('labelHint'),
              outcomeLegend: t('outcomeLegend'),
              bodyLabel: t('bodyLabel'),
              bodyHint: t('bodyHint', { max: REPLY_MAX_CODE_POINTS }),
              templateLabel: t('templateLabel'),
              templateHint: t('templateHint'),
              templateChoose: t('templateChoose'),
              templateUse: t('templateUse'),
              send: t('send'),
            }}
          />
        </section>
      )}
    </section>
  );
}
