import 'server-only';
import { canManageHelplines, type StaffSession } from '@/lib/auth/permissions';
import { route } from '@/lib/routing/route';
import type { Audience, Channel, Locale, RouteResult, Topic } from '@/lib/routing/types';
import { authorize } from '@/lib/server/admin/authorize';
import { getDb, type Db } from '@/lib/server/db';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { ALWAYS_AVAILABLE, primaryFallback } from '@/lib/server/helplines/fallbacks';
import { toChannel } from '@/lib/server/helplines/helpline-directory';

export type HelplineRecord = Awaited<ReturnType<Db['helpline']['findMany']>>[number];

export async function getHelplines(
  session: StaffSession | null,
  db: Db = getDb(),
): Promise<HelplineRecord[]> {
  authorize(session, canManageHelplines, 'helplines');
  return db.helpline.findMany({ orderBy: [{ priority: 'asc' }, { id: 'asc' }] });
}

export async function findHelpline(
  session: StaffSession | null,
  id: string,
  db: Db = getDb(),
): Promise<HelplineRecord | null> {
  authorize(session, canManageHelplines, 'helplines');
  return db.helpline.findUnique({ where: { id } });
}

export interface PreviewInput {
  audience: Audience;
  topic?: Topic;
  locale: Locale;
  at: Date;
}

/**
 * What a visitor with this audience and topic sees at `at`, from the saved helplines (read fresh, not from the
 * visitor pages' cache): the same router and fallbacks the visitor pages use.
 */
export async function getHelplinePreview(
  session: StaffSession | null,
  input: PreviewInput,
  db: Db = getDb(),
): Promise<RouteResult> {
  authorize(session, canManageHelplines, 'helplines');
  const rows = await db.helpline.findMany({ where: { active: true } });
  const channels = rows.map(toChannel).filter((channel): channel is Channel => channel !== null);
  return route({
    audience: input.audience,
    ...(input.topic ? { topic: input.topic } : {}),
    locale: input.locale,
    now: input.at,
    channels,
    fallbacks: ALWAYS_AVAILABLE,
    primary: primaryFallback(getPrimaryHelpline()),
  });
}
