import { getTranslations } from 'next-intl/server';
import {
  createAccount,
  resetAccountPassword,
  updateAccount,
} from '@/app/[locale]/(staff)/staff/accounts/actions';
import { formStrings } from '@/components/staff/form/form-strings';
import { StaffActionForm } from '@/components/staff/form/staff-action-form';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import type { AccountRow } from '@/lib/server/staff/accounts';
import type { TeamOption } from '@/lib/server/staff/team-options';
import { staffLabels } from '../labels';

const ACCOUNT_ERRORS = [
  'notSelf',
  'resetSelf',
  'emailRequired',
  'emailInvalid',
  'emailTaken',
  'nameRequired',
  'nameTooLong',
  'rolesRequired',
  'unknownTeam',
  'passwordRequired',
  'tooShort',
  'tooLong',
  'common',
  'containsEmail',
] as const;

export async function StaffAccountsPage({
  locale,
  accounts,
  teams,
  selfId,
}: {
  locale: Locale;
  accounts: AccountRow[];
  teams: TeamOption[];
  selfId: string;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffAccounts' });
  const labels = await staffLabels(locale);
  const errors = Object.fromEntries(ACCOUNT_ERRORS.map((key) => [key, t(`errors.${key}`)]));
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? id;
  const rowStrings = await formStrings(locale, errors, t('updated'));
  const resetStrings = new Map(
    await Promise.all(
      accounts.map(
        async (account) =>
          [
            account.id,
            await formStrings(
              locale,
              errors,
              t('resetMailed', { email: account.email }),
              t('resetShown', { name: account.name }),
            ),
          ] as const,
      ),
    ),
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-muted">{t('caption')}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t('colName')}
              </th>
              <th scope="col" className="p-2">
                {t('colRoles')}
              </th>
              <th scope="col" className="p-2">
                {t('colTeams')}
              </th>
              <th scope="col" className="p-2">
                {t('colTotp')}
              </th>
              <th scope="col" className="p-2">
                {t('colActions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} className="border-b border-line align-top">
                <td className="p-2">
                  <span className="font-bold">{account.name}</span>
                  <span className="block text-sm">{account.email}</span>
                  {account.active ? null : <span className="block text-sm font-bold">{t('inactive')}</span>}
                  {account.mustChangePassword ? (
                    <span className="block text-sm">{t('mustChangePassword')}</span>
                  ) : null}
                </td>
                <td className="p-2">{account.roles.map(labels.role).join(', ')}</td>
                <td className="p-2">{account.teamIds.map(teamName).join(', ') || '—'}</td>
                <td className="p-2">{account.hasTotp ? t('yes') : t('no')}</td>
                <td className="p-2">
                  {account.id === selfId ? null : (
                    <StaffActionForm
                      id={`account-${account.id}-active`}
                      action={updateAccount}
                      hidden={{ locale, userId: account.id, op: account.active ? 'deactivate' : 'activate' }}
                      fields={[]}
                      submitLabel={
                        account.active
                          ? t('deactivate', { name: account.name })
                          : t('activate', { name: account.name })
                      }
                      strings={rowStrings}
                      variant="secondary"
                    />
                  )}
                  {account.id === selfId || !account.active ? null : (
                    <StaffActionForm
                      id={`account-${account.id}-password`}
                      action={resetAccountPassword}
                      hidden={{ locale, userId: account.id }}
                      fields={[]}
                      submitLabel={t('resetPassword', { name: account.name })}
                      strings={resetStrings.get(account.id) ?? rowStrings}
                      variant="secondary"
                    />
                  )}
                  {account.hasTotp ? (
                    <StaffActionForm
                      id={`account-${account.id}-totp`}
                      action={updateAccount}
                      hidden={{ locale, userId: account.id, op: 'resetTotp' }}
                      fields={[]}
                      submitLabel={t('resetTotp', { name: account.name })}
                      strings={rowStrings}
                      variant="secondary"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-account-heading" className="mt-8 max-w-3xl">
        <h2 id="new-account-heading" className="text-xl font-bold">
          {t('newAccount')}
        </h2>
        <StaffActionForm
          id="new-account"
          action={createAccount}
          hidden={{ locale }}
          submitLabel={t('create')}
          strings={await formStrings(locale, errors, t('created'))}
          fields={[
            { kind: 'text', name: 'name', label: t('name'), autoComplete: 'off' },
            { kind: 'email', name: 'email', label: t('email'), autoComplete: 'off' },
            {
              kind: 'checkboxes',
              name: 'roles',
              label: t('roles'),
              hint: t('rolesHint'),
              options: ROLES.map((role) => ({ value: role, label: labels.role(role) })),
            },
            {
              kind: 'checkboxes',
              name: 'teamIds',
              label: t('teams'),
              hint: t('teamsHint'),
              options: teams.map((team) => ({ value: team.id, label: team.name })),
            },
            {
              kind: 'password',
              name: 'password',
              label: t('password'),
              hint: t('passwordHint', { min: PASSWORD_MIN_LENGTH }),
              autoComplete: 'new-password',
              secret: true,
            },
          ]}
        />
      </section>
    </>
  );
}
