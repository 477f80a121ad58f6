import { getTranslations } from 'next-intl/server';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import { AUDIENCES, TOPICS } from '@/lib/routing/types';
import type { TeamsOverview } from '@/lib/server/admin/teams';
import type { FormState } from '@/lib/staff/form-state';
import { DataTable } from '@/components/dashboard/data-table';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface TeamsPageProps {
  locale: 'nl' | 'en';
  overview: TeamsOverview;
  actions: { createTeam: Action; createRule: Action; deleteRule: Action };
}

const ERROR_KEYS = [
  'nameRequired',
  'nameTooLong',
  'emailInvalid',
  'audienceInvalid',
  'topicInvalid',
  'teamRequired',
  'priorityInvalid',
  'lastCatchAll',
] as const;

/** Teams, their notification address and members, and the rules that send each request to a team. */
export async function TeamsPage({ locale, overview, actions }: TeamsPageProps) {
  const t = await getTranslations('AdminTeams');
  const strings = await formStrings(
    locale,
    Object.fromEntries(ERROR_KEYS.map((key) => [key, t(`errors.${key}`)])),
  );
  const teamName = (id: string) => overview.teams.find((team) => team.id === id)?.name ?? id;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <section aria-labelledby="teams-title" className="mt-8">
        <h2 id="teams-title" className="text-2xl font-bold">
          {t('teamsTitle')}
        </h2>
        <DataTable
          caption={t('teamsCaption')}
          className="mt-3"
          headers={(['name', 'email', 'replyWithinDays', 'members', 'status'] as const).map((key) =>
            t(`teamColumn.${key}`),
          )}
          columns={['text', 'text', 'text', 'inline-number', 'text']}
          rowKeys={overview.teams.map((team) => team.id)}
          rows={overview.teams.map((team) => [
            <a key="name" href={`/${locale}/staff/teams/${team.id}`}>
              {team.name}
            </a>,
            team.email,
            t('workingDays', { days: team.replyWithinDays }),
            team.memberIds.length,
            team.active ? t('active') : t('inactive'),
          ])}
        />
        <div className="mt-6 max-w-xl rounded-md border border-line p-4">
          <h3 className="text-lg font-bold">{t('newTeam')}</h3>
          <StaffActionForm
            id="team-new"
            action={actions.createTeam}
            fields={[
              { kind: 'text', name: 'name', label: t('teamName') },
              {
                kind: 'email',
                name: 'email',
                label: t('teamEmail'),
                hint: t('teamEmailHint'),
                autoComplete: 'off',
              },
            ]}
            hidden={{ locale }}
            submitLabel={t('createTeam')}
            strings={strings}
          />
        </div>
      </section>

      <section aria-labelledby="rules-title" className="mt-10">
        <h2 id="rules-title" className="text-2xl font-bold">
          {t('rulesTitle')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('rulesIntro')}</p>
        <DataTable
          caption={t('rulesCaption')}
          className="mt-3"
          testId="routing-rules"
          headers={(['priority', 'audience', 'topic', 'team', 'remove'] as const).map((key) =>
            t(`ruleColumn.${key}`),
          )}
          columns={['inline-number', 'text', 'text', 'text', 'text']}
          rowKeys={overview.rules.map((rule) => rule.id)}
          rows={overview.rules.map((rule) => [
            rule.priority,
            (AUDIENCES as readonly string[]).includes(rule.audience)
              ? t(`audience.${rule.audience as (typeof AUDIENCES)[number]}`)
              : t('any'),
            (TOPICS as readonly string[]).includes(rule.topic)
              ? t(`topic.${rule.topic as (typeof TOPICS)[number]}`)
              : t('any'),
            teamName(rule.teamId),
            <StaffActionForm
              key="remove"
              id={`rule-delete-${rule.id}`}
              action={actions.deleteRule}
              fields={[]}
              hidden={{ locale, id: rule.id }}
              submitLabel={t('removeRule', { priority: rule.priority, team: teamName(rule.teamId) })}
              strings={strings}
              variant="secondary"
            />,
          ])}
        />
        <div className="mt-6 max-w-xl rounded-md border border-line p-4">
          <h3 className="text-lg font-bold">{t('newRule')}</h3>
          <StaffActionForm
            id="rule-new"
            action={actions.createRule}
            fields={[
              {
                kind: 'select',
                name: 'audience',
                label: t('ruleAudience'),
                options: [
                  { value: '', label: t('any') },
                  ...AUDIENCES.map((audience) => ({ value: audience, label: t(`audience.${audience}`) })),
                ],
              },
              {
                kind: 'select',
                name: 'topic',
                label: t('ruleTopic'),
                options: [
                  { value: '', label: t('any') },
                  ...TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) })),
                ],
              },
              {
                kind: 'select',
                name: 'teamId',
                label: t('ruleTeam'),
                options: overview.teams
                  .filter((team) => team.active)
                  .map((team) => ({ value: team.id, label: team.name })),
              },
              {
                kind: 'text',
                name: 'priority',
                label: t('rulePriority'),
                hint: t('rulePriorityHint'),
                inputMode: 'numeric',
                defaultValue: '50',
              },
            ]}
            hidden={{ locale }}
            submitLabel={t('createRule')}
            strings={strings}
          />
        </div>
      </section>
    </>
  );
}
