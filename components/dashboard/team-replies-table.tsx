import { getTranslations } from 'next-intl/server';
import type { PublishedTeamReplies } from '@/lib/analytics/conversations';
import { DataTable } from './data-table';

export interface TeamRepliesTableProps {
  teams: PublishedTeamReplies[];
  formatCount: (value: number) => string;
  formatDecimal: (value: number) => string;
}

/** Per team: conversations started in the range, how many got an answer in time, and the median wait for one. */
export async function TeamRepliesTable({ teams, formatCount, formatDecimal }: TeamRepliesTableProps) {
  const t = await getTranslations('DashboardReplies');
  const columns = ['team', 'promise', 'conversations', 'answered', 'withinPromise', 'median'] as const;
  return (
    <section aria-labelledby="replies-title" className="mt-10">
      <h2 id="replies-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-1 max-w-3xl">{t('intro')}</p>
      {teams.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <DataTable
          caption={t('caption')}
          className="mt-4"
          testId="team-replies"
          headers={columns.map((key) => t(`column.${key}`))}
          columns={['text', 'text', 'number', 'number', 'number', 'number']}
          rowKeys={teams.map((team) => team.teamId)}
          rows={teams.map((team) => {
            const promise = t('workingDays', { days: team.replyWithinDays });
            if (team.suppressed) return [team.teamName, promise, t('suppressed'), '', '', ''];
            return [
              team.teamName,
              promise,
              formatCount(team.conversations),
              formatCount(team.answered),
              team.withinPromisePercent === null
                ? t('notYet')
                : `${formatDecimal(team.withinPromisePercent)}% (${formatCount(team.withinPromise)}/${formatCount(team.judged)})`,
              team.medianHoursToFirstAnswer === null
                ? t('notYet')
                : t('hours', { hours: formatDecimal(team.medianHoursToFirstAnswer) }),
            ];
          })}
        />
      )}
    </section>
  );
}
