// The reply promise shown before the person has sent anything ("an answer within 2 working days"). Which team answers
// depends on who the person is and what it is about; as long as those are not chosen, the promise shown is the
// longest of every team the conversation could go to, so it is never broken by the routing.
import { type RoutingRuleLike, pickTeam } from '@/lib/contact/team-routing';

export interface TeamPromise {
  id: string;
  replyWithinDays: number;
}

interface ChoiceOptions {
  audiences: readonly string[];
  topics: readonly string[];
}

/**
 * Every team a message could go to for what the person chose so far (for a part not chosen yet, every one of its
 * values).
 */
function reachableTeams(
  rules: readonly RoutingRuleLike[],
  choice: { audience?: string; topic?: string },
  options: ChoiceOptions,
): string[] {
  const audiences = choice.audience ? [choice.audience] : options.audiences;
  const topics = choice.topic ? [choice.topic] : options.topics;
  const teams = new Set<string>();
  for (const audience of audiences) {
    for (const topic of topics) {
      const teamId = pickTeam(rules, audience, topic);
      if (teamId) teams.add(teamId);
    }
  }
  return [...teams];
}

export function promisedReplyDays(
  rules: readonly RoutingRuleLike[],
  teams: readonly TeamPromise[],
  choice: { audience?: string; topic?: string },
  options: ChoiceOptions,
): number | null {
  const days = new Map(teams.map((team) => [team.id, team.replyWithinDays]));
  let longest: number | null = null;
  for (const teamId of reachableTeams(rules, choice, options)) {
    const promise = days.get(teamId);
    if (promise !== undefined && (longest === null || promise > longest)) longest = promise;
  }
  return longest;
}

export interface TeamLanguages {
  id: string;
  languages: readonly string[];
}

/**
 * The languages a written message is sure to be answered in, for what the person chose so far: those every team it
 * could go to answers in (a promise the routing cannot break), in the order of `offered`; null when no team is known.
 */
export function writingLanguages<Language extends string>(
  rules: readonly RoutingRuleLike[],
  teams: readonly TeamLanguages[],
  choice: { audience?: string; topic?: string },
  options: ChoiceOptions & { offered: readonly Language[] },
): Language[] | null {
  const byTeam = new Map(teams.map((team) => [team.id, team.languages]));
  let common: Language[] | null = null;
  for (const teamId of reachableTeams(rules, choice, options)) {
    const languages = byTeam.get(teamId);
    if (languages === undefined) continue;
    common = (common ?? [...options.offered]).filter((language) => languages.includes(language));
  }
  return common;
}
