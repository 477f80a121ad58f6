import 'server-only';
import { channelProblems } from '@/lib/routing/validate';
import type { Channel } from '@/lib/routing/types';
import { getDb } from '@/lib/server/db';
import { log } from '@/lib/server/log';
import { createResilientCache } from '@/lib/server/resilient-cache';

type HelplineRow = Awaited<ReturnType<ReturnType<typeof getDb>['helpline']['findMany']>>[number];

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A database row as the router's Channel, or null (and a log line) when it is unusable: it is then left out. */
export function toChannel(row: HelplineRow): Channel | null {
  let schedule: unknown;
  try {
    schedule = JSON.parse(row.schedule);
  } catch {
    schedule = null;
  }
  const candidate = {
    id: row.id,
    kind: row.kind,
    label: { nl: row.labelNl, en: row.labelEn },
    address: row.address,
    audiences: list(row.audiences),
    topics: list(row.topics),
    priority: row.priority,
    schedule,
    languages: list(row.languages),
  };
  const problems = channelProblems(candidate);
  if (problems.length > 0) {
    log.warn('helplines.invalid_row', { id: row.id, problems: problems.join('; ') });
    return null;
  }
  return candidate as Channel;
}

async function loadChannels(): Promise<Channel[]> {
  const rows = await getDb().helpline.findMany({ where: { active: true }, orderBy: { priority: 'asc' } });
  return rows.map(toChannel).filter((channel): channel is Channel => channel !== null);
}

const holder = globalThis as typeof globalThis & {
  __uitwegHelplines?: ReturnType<typeof createResilientCache<Channel[]>>;
};
function cache() {
  // An edit shows at once on the instance that made it (invalidate) and within the TTL on every other; with the
  // database down the last known list keeps being used.
  holder.__uitwegHelplines ??= createResilientCache({
    load: loadChannels,
    fallback: [],
    ttlMs: 5_000,
    maxWaitMs: 500,
  });
  return holder.__uitwegHelplines;
}

export function getChannels(): Promise<Channel[]> {
  return cache().get();
}

export function invalidateChannels(): void {
  cache().invalidate();
}
