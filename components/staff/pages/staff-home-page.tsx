import { getTranslations } from 'next-intl/server';
import type { StaffSession } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import type { TeamCount } from '@/lib/server/staff/requests';

export async function StaffHomePage({
  locale,
  session,
  teamCounts,
  waitingHours,
}: {
  locale: Locale;
  session: StaffSession;
  /** Null when this person is not a case worker. */
  teamCounts: TeamCount[] | null;
  waitingHours: number;
}) {
  const t = await getTranslations({ locale, namespace: 'StaffHome' });
  return (
    <>
      <h1 className="text-2xl font-bold">{t('title', { name: session.name })}</h1>
      <p>{t('intro')}</p>
      {teamCounts ? (
        <section aria-labelledby="team-counts-heading">
          <h2 id="team-counts-heading" className="text-xl font-bold">
            {t('newPerTeam')}
          </h2>
          {teamCounts.length === 0 ? (
            <p>{t('noTeams')}</p>
          ) : (
            <ul className="list-none p-0">
              {teamCounts.map((team) => (
                <li key={team.teamId} className="mb-2" data-team-id={team.teamId}>
                  <a href={`/${locale}/staff/inbox?team=${encodeURIComponent(team.teamId)}&status=new`}>
                    {team.teamName}: {t('newCount', { count: team.newCount })}
                  </a>
                  {team.waitingTooLong > 0 ? (
                    <strong className="ml-2 inline-block bg-accent px-1 text-ink">
                      {t('waitingTooLong', { count: team.waitingTooLong, hours: waitingHours })}
                    </strong>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
