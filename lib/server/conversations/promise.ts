import 'server-only';
import { AUDIENCES, TOPICS } from '@/lib/contact/options';
import type { RoutingRuleLike } from '@/lib/contact/team-routing';
import {
  promisedReplyDays,
  type TeamLanguages,
  type TeamPromise,
  writingLanguages,
} from '@/lib/conversations/promised-days';
import type { VisitorLocale } from '@/lib/i18n/locales';
import { getConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { createResilientCache } from '@/lib/server/resilient-cache';

interface PromiseData {
  rules: RoutingRuleLike[];
  teams: (TeamPromise & TeamLanguages)[];
}

async function load(): Promise<PromiseData> {
  const db = getDb();
  const [rules, teams] = await Promise.all([
    db.routingRule.findMany({ select: { audience: true, topic: true, teamId: true, priority: true } }),
    db.team.findMany({ select: { id: true, replyWithinDays: true, languages: true } }),
  ]);
  return { rules, teams: teams.map((team) => ({ ...team, languages: team.languages.split(',') })) };
}

// The landing page shows the promise on every SMS click: read from memory like the waves, refreshed every 5 s. With
// the database down the pages show no number of days instead of waiting (and the form says it cannot store).
const holder = globalThis as typeof globalThis & {
  __uitwegReplyPromise?: ReturnType<typeof createResilientCache<PromiseData>>;
};
function cache() {
  holder.__uitwegReplyPromise ??= createResilientCache<PromiseData>({
    load,
    fallback: { rules: [], teams: [] },
    ttlMs: 5_000,
    maxWaitMs: 500,
  });
  return holder.__uitwegReplyPromise;
}

/** The reply promise in working days for what the person chose so far; null when no team is known. */
export async function findReplyPromise(choice: {
  audience?: string;
  topic?: string;
}): Promise<number | null> {
  const { rules, teams } = await cache().get();
  return promisedReplyDays(rules, teams, choice, { audiences: AUDIENCES, topics: TOPICS });
}

/** The visitor languages a written message is sure to be answered in, for what the person chose so far. */
export async function findWritingLanguages(choice: {
  audience?: string;
  topic?: string;
}): Promise<VisitorLocale[] | null> {
  const { rules, teams } = await cache().get();
  return writingLanguages(rules, teams, choice, {
    audiences: AUDIENCES,
    topics: TOPICS,
    offered: getConfig().VISITOR_LOCALES,
  });
}
