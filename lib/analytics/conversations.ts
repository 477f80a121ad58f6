// Aggregate figures about conversations per team: how quickly teams answer and whether they keep their promise.
// Pure: the dashboard passes the few stored timestamps (hour-rounded) it needs, never content.
import { answeredWithinPromise } from '@/lib/conversations/reply-promise';
import { isSmallCount } from './small-numbers';

export interface ConversationTiming {
  teamId: string;
  receivedAt: Date;
  firstAnsweredAt: Date | null;
}

export interface TeamPromise {
  id: string;
  name: string;
  replyWithinDays: number;
}

export interface TeamReplyFigures {
  teamId: string;
  teamName: string;
  replyWithinDays: number;
  /** Conversations started in the period. */
  conversations: number;
  /** Of those, answered at least once. */
  answered: number;
  /** Answered, or unanswered past the promise: the conversations the promise can be judged on. */
  judged: number;
  /** Of the judged ones, first answered within the promise. */
  withinPromise: number;
  /** withinPromise as a share of judged, one decimal; null when nothing can be judged yet. */
  withinPromisePercent: number | null;
  /** Median hours from the first message to the first answer, one decimal; null without answers. */
  medianHoursToFirstAnswer: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Per team (in the order given), the reply figures of the conversations started in a period. */
export function teamReplyFigures(
  rows: readonly ConversationTiming[],
  teams: readonly TeamPromise[],
  now: Date,
): TeamReplyFigures[] {
  return teams.map((team) => {
    const mine = rows.filter((row) => row.teamId === team.id);
    const verdicts = mine.map((row) => answeredWithinPromise(row, team.replyWithinDays, now));
    const judged = verdicts.filter((verdict) => verdict !== null).length;
    const withinPromise = verdicts.filter((verdict) => verdict === true).length;
    const hours = mine
      .filter((row) => row.firstAnsweredAt !== null)
      .map((row) => (row.firstAnsweredAt!.getTime() - row.receivedAt.getTime()) / 3_600_000);
    const middle = median(hours);
    return {
      teamId: team.id,
      teamName: team.name,
      replyWithinDays: team.replyWithinDays,
      conversations: mine.length,
      answered: hours.length,
      judged,
      withinPromise,
      withinPromisePercent: judged > 0 ? oneDecimal((withinPromise / judged) * 100) : null,
      medianHoursToFirstAnswer: middle === null ? null : oneDecimal(middle),
    };
  });
}

/** A team's figures as the dashboard may show them: none at all while it has 1 to 4 conversations. */
export type PublishedTeamReplies =
  | (TeamReplyFigures & { suppressed: false })
  | (Pick<TeamReplyFigures, 'teamId' | 'teamName' | 'replyWithinDays'> & { suppressed: true });

/**
 * Hides every figure of a team with 1 to 4 conversations in the period: with so few, a median or a share is one
 * person's conversation. Teams without conversations are left out; the rest are shown in full.
 */
export function publishableReplyFigures(figures: readonly TeamReplyFigures[]): PublishedTeamReplies[] {
  return figures
    .filter((team) => team.conversations > 0)
    .map((team) =>
      isSmallCount(team.conversations)
        ? {
            teamId: team.teamId,
            teamName: team.teamName,
            replyWithinDays: team.replyWithinDays,
            suppressed: true,
          }
        : { ...team, suppressed: false },
    );
}
