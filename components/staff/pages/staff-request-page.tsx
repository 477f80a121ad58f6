import { getTranslations } from 'next-intl/server';
import { addNote, changeStatus, reassign } from '@/app/[locale]/(staff)/staff/inbox/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import { nextStatus, type RequestAction } from '@/lib/auth/request-status';
import { languageName } from '@/lib/i18n/language-names';
import type { Locale } from '@/lib/i18n/routing';
import type { TemplateView } from '@/lib/server/conversations/team';
import type { OpenedRequest } from '@/lib/server/staff/requests';
import type { TeamOption } from '@/lib/server/staff/team-options';
import { ConversationSection } from '../conversation/conversation-section';
import { hourFormat, staffLabels } from '../labels';

const REQUEST_ERRORS = ['noteRequired', 'noteTooLong', 'teamRequired', 'invalidTeam'] as const;
const STATUS_ACTIONS: RequestAction[] = ['pickUp', 'markAnswered', 'close', 'reopen'];

/** One request for a case worker; a conversation shows its messages and a reply box instead of a single message. */
export async function StaffRequestPage({
  locale,
  request,
  teams,
  staffName,
  templates,
}: {
  locale: Locale;
  request: OpenedRequest;
  teams: TeamOption[];
  /** The signed-in case worker's name: their first name is one of the labels a reply can carry. */
  staffName: string;
  templates: TemplateView[];
}) {
  const t = await getTranslations({ locale, namespace: 'StaffRequest' });
  const labels = await staffLabels(locale);
  const format = hourFormat(locale);
  const stamp = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const hidden = { locale, id: request.id };
  const errors = Object.fromEntries(REQUEST_ERRORS.map((key) => [key, t(`errors.${key}`)]));
  const statusStrings = await formStrings(locale, errors, t('statusChanged'));
  const otherTeams = teams.filter((team) => team.id !== request.teamId);
  const conversation = request.conversation;
  const deleted = conversation?.deleted ?? false;
  const lastAuthor = conversation?.messages.at(-1)?.author ?? null;
  const actions = STATUS_ACTIONS.filter(
    (action) => nextStatus(request.status, action, request.kind, lastAuthor) !== null,
  );
  // A conversation has no wished time, nobody picks it up and the person stays anonymous: those facts are left out.
  const facts: [string, string][] = [
    [t('reference'), request.reference],
    [t('status'), labels.status(request.status)],
    ...(conversation ? [] : [[t('assignee'), request.assigneeName ?? t('nobody')] as [string, string]]),
    [t('team'), request.teamName],
    [t('topic'), labels.topic(request.topic)],
    [t('audience'), labels.audience(request.audience)],
    [t('wave'), request.wave || '—'],
    [t('language'), request.locale ? languageName(request.locale, locale) : '—'],
    [t('received'), format.format(request.receivedAt)],
    [
      t('wish'),
      conversation
        ? labels.reach(request.reach)
        : `${labels.reach(request.reach)}, ${labels.when(request.whenWish)}`,
    ],
    ...(conversation
      ? []
      : [[t('mayIdentify'), request.mayIdentify ? t('yes') : t('no')] as [string, string]]),
  ];
  return (
    <>
      <p>
        <a href={`/${locale}/staff/inbox`}>{t('back')}</a>
      </p>
      <h1 className="text-2xl font-bold">
        {t(conversation ? 'conversationTitle' : 'title', { reference: request.reference })}
      </h1>
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="m-0 mb-2">{value}</dd>
          </div>
        ))}
      </dl>
      {conversation ? (
        <ConversationSection
          locale={locale}
          requestId={request.id}
          teamName={request.teamName}
          staffName={staffName}
          conversation={conversation}
          templates={templates}
        />
      ) : (
        <section aria-labelledby="message-heading" className="mt-6">
          <h2 id="message-heading" className="text-xl font-bold">
            {t('message')}
          </h2>
          <p className="whitespace-pre-wrap border-l-4 border-line pl-3">
            {request.message ?? t('noMessage')}
          </p>
          <h3 className="text-lg font-bold">{t('contact')}</h3>
          <p>
            {request.contact
              ? `${labels.reach(request.contact.reach)}: ${request.contact.address}`
              : t('noContact')}
          </p>
        </section>
      )}
      {actions.length > 0 ? (
        <section aria-labelledby="actions-heading" className="mt-6">
          <h2 id="actions-heading" className="text-xl font-bold">
            {t('actions')}
          </h2>
          <div className="flex flex-wrap gap-4">
            {actions.map((action) => (
              <StaffActionForm
                key={action}
                id={`status-${action}`}
                action={changeStatus}
                hidden={{ ...hidden, op: action }}
                fields={[]}
                submitLabel={t(`op.${action}`)}
                strings={statusStrings}
                variant={action === 'pickUp' ? 'primary' : 'secondary'}
              />
            ))}
          </div>
        </section>
      ) : null}
      {deleted ? null : (
        <section aria-labelledby="notes-heading" className="mt-6 max-w-3xl">
          <h2 id="notes-heading" className="text-xl font-bold">
            {t('notes')}
          </h2>
          {request.notes.length === 0 ? (
            <p>{t('noNotes')}</p>
          ) : (
            <ol className="list-none p-0">
              {request.notes.map((note) => (
                <li key={note.id} className="mb-3 border-l-4 border-brand pl-3">
                  <p className="m-0 text-sm text-muted">
                    {note.authorName}, {stamp.format(note.createdAt)}
                  </p>
                  <p className="m-0 whitespace-pre-wrap">{note.body}</p>
                </li>
              ))}
            </ol>
          )}
          <StaffActionForm
            id="note"
            action={addNote}
            hidden={hidden}
            submitLabel={t('addNote')}
            strings={await formStrings(locale, errors, t('noteAdded'))}
            fields={[{ kind: 'textarea', name: 'body', label: t('noteLabel'), hint: t('noteHint') }]}
            variant="secondary"
          />
        </section>
      )}
      {otherTeams.length > 0 && !deleted ? (
        <section aria-labelledby="reassign-heading" className="mt-6 max-w-3xl">
          <h2 id="reassign-heading" className="text-xl font-bold">
            {t('reassign')}
          </h2>
          <StaffActionForm
            id="reassign"
            action={reassign}
            hidden={hidden}
            submitLabel={t('reassignSubmit')}
            strings={await formStrings(locale, errors, t('reassignedHere'))}
            fields={[
              {
                kind: 'select',
                name: 'teamId',
                label: t('reassignLabel'),
                hint: t('reassignHint'),
                options: [
                  { value: '', label: t('chooseTeam') },
                  ...otherTeams.map((team) => ({ value: team.id, label: team.name })),
                ],
              },
            ]}
            variant="secondary"
          />
        </section>
      ) : null}
    </>
  );
}
