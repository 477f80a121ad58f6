import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { type FieldSpec, StaffActionForm } from '@/components/staff/form/staff-action-form';
import { REPLY_MAX_CODE_POINTS } from '@/lib/conversations/reply-check';
import type { Locale } from '@/lib/i18n/routing';
import { TEMPLATE_LOCALES, type TemplateView } from '@/lib/server/conversations/team';
import type { FormState } from '@/lib/staff/form-state';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const ERROR_KEYS = [
  'localeInvalid',
  'replyForeignLink',
  'replyRequired',
  'replyTooLong',
  'teamRequired',
  'titleRequired',
  'titleTooLong',
] as const;

/** The saved answers of my teams (admins: of every team), per team, each editable, and a form for a new one. */
export async function StaffTemplatesPage({
  locale,
  teams,
  templates,
  actions,
}: {
  locale: Locale;
  teams: { id: string; name: string }[];
  templates: TemplateView[];
  actions: { save: Action; remove: Action };
}) {
  const t = await getTranslations({ locale, namespace: 'StaffTemplates' });
  const errors = Object.fromEntries(
    ERROR_KEYS.map((key) => [key, t(`errors.${key}`, { max: REPLY_MAX_CODE_POINTS })]),
  );
  const [savedStrings, addedStrings, deletedStrings] = await Promise.all([
    formStrings(locale, errors, t('saved')),
    formStrings(locale, errors, t('added')),
    formStrings(locale, errors, t('deleted')),
  ]);
  const localeOptions = TEMPLATE_LOCALES.map((value) => ({ value, label: t(`localeOption.${value}`) }));
  const fieldsFor = (template?: TemplateView): FieldSpec[] => [
    {
      kind: 'select',
      name: 'templateLocale',
      label: t('locale'),
      options: localeOptions,
      defaultValue: template?.locale ?? locale,
    },
    { kind: 'text', name: 'title', label: t('templateTitle'), defaultValue: template?.title ?? '' },
    {
      kind: 'textarea',
      name: 'body',
      label: t('body'),
      hint: t('bodyHint', { max: REPLY_MAX_CODE_POINTS }),
      defaultValue: template?.body ?? '',
    },
  ];
  if (teams.length === 0) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p>{t('noTeams')}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro')}</p>
      {teams.map((team) => {
        const own = templates.filter((template) => template.teamId === team.id);
        return (
          <section
            key={team.id}
            aria-labelledby={`team-${team.id}`}
            className="mt-8 max-w-3xl"
            data-team-id={team.id}
          >
            <h2 id={`team-${team.id}`} className="text-xl font-bold">
              {team.name}
            </h2>
            {own.length === 0 ? <p>{t('noTemplates')}</p> : null}
            {own.map((template) => (
              <article
                key={template.id}
                aria-labelledby={`template-${template.id}`}
                className="mt-4 rounded-md border border-line p-4"
                data-template-id={template.id}
              >
                <h3 id={`template-${template.id}`} className="m-0 text-lg font-bold">
                  {template.title} ({template.locale.toUpperCase()})
                </h3>
                <StaffActionForm
                  id={`template-edit-${template.id}`}
                  action={actions.save}
                  hidden={{ locale, id: template.id, teamId: team.id }}
                  fields={fieldsFor(template)}
                  submitLabel={t('save')}
                  strings={savedStrings}
                  variant="secondary"
                />
                <div className="mt-3">
                  <StaffActionForm
                    id={`template-delete-${template.id}`}
                    action={actions.remove}
                    hidden={{ locale, id: template.id }}
                    fields={[]}
                    submitLabel={t('delete', { title: template.title })}
                    strings={deletedStrings}
                    variant="warning"
                  />
                </div>
              </article>
            ))}
          </section>
        );
      })}
      <section
        aria-labelledby="template-add-heading"
        className="mt-8 max-w-3xl rounded-md border border-line p-4"
      >
        <h2 id="template-add-heading" className="m-0 text-xl font-bold">
          {t('newTitle')}
        </h2>
        <StaffActionForm
          id="template-new"
          action={actions.save}
          hidden={teams.length === 1 ? { locale, teamId: teams[0]!.id } : { locale }}
          fields={[
            ...(teams.length > 1
              ? [
                  {
                    kind: 'select',
                    name: 'teamId',
                    label: t('team'),
                    options: teams.map((team) => ({ value: team.id, label: team.name })),
                  } satisfies FieldSpec,
                ]
              : []),
            ...fieldsFor(),
          ]}
          submitLabel={t('add')}
          strings={addedStrings}
        />
      </section>
    </>
  );
}
