import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import type { StaffSummary, TeamSummary } from '@/lib/server/admin/teams';
import { languagesField } from './language-field';
import type { FormState } from '@/lib/staff/form-state';

export interface TeamEditPageProps {
  locale: 'nl' | 'en';
  team: TeamSummary;
  staff: StaffSummary[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}

const ERROR_KEYS = [
  'nameRequired',
  'nameTooLong',
  'emailInvalid',
  'replyWithinDaysInvalid',
  'languagesRequired',
  'teamHasRules',
] as const;

/** One team: its name, where "a request is waiting" e-mails go (never the content), its reply promise, its members. */
export async function TeamEditPage({ locale, team, staff, action }: TeamEditPageProps) {
  const t = await getTranslations('AdminTeams');
  const errors = Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`)]));
  return (
    <>
      <p className="mb-4">
        <a href={`/${locale}/staff/teams`} className="inline-flex min-h-11 items-center">
          {t('back')}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{t('editTitle', { name: team.name })}</h1>
      <div className="mt-6 max-w-xl">
        <StaffActionForm
          id="team-form"
          action={action}
          fields={[
            { kind: 'text', name: 'name', label: t('teamName'), defaultValue: team.name },
            {
              kind: 'email',
              name: 'email',
              label: t('teamEmail'),
              hint: t('teamEmailHint'),
              autoComplete: 'off',
              defaultValue: team.email,
            },
            {
              kind: 'text',
              name: 'replyWithinDays',
              label: t('replyWithinDays'),
              hint: t('replyWithinDaysHint'),
              inputMode: 'numeric',
              autoComplete: 'off',
              defaultValue: String(team.replyWithinDays),
            },
            languagesField({
              label: t('languages'),
              hint: t('languagesHint'),
              locale,
              chosen: team.languages,
            }),
            {
              kind: 'checkboxes',
              name: 'members',
              label: t('members'),
              hint: t('membersHint'),
              options: staff.map((person) => ({
                value: person.id,
                label: `${person.name} (${person.email})${person.active ? '' : ` ${t('deactivated')}`}`,
              })),
              defaultValues: team.memberIds,
            },
            {
              kind: 'checkbox',
              name: 'active',
              label: t('teamActive'),
              hint: t('teamActiveHint'),
              defaultChecked: team.active,
            },
          ]}
          hidden={{ locale, id: team.id }}
          submitLabel={t('save')}
          strings={await formStrings(locale, errors, t('saved'))}
        />
      </div>
    </>
  );
}
