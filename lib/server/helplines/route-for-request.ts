import 'server-only';
import { route } from '@/lib/routing/route';
import type { VisitorLocale } from '@/lib/i18n/locales';
import type { Audience, ChannelStatus, RouteResult, Topic } from '@/lib/routing/types';
import { statusAt } from '@/lib/routing/schedule';
import { requestNow } from '@/lib/server/clock';
import { getPrimaryHelpline } from '@/lib/server/helpline';
import { ALWAYS_AVAILABLE, primaryFallback } from './fallbacks';
import { getChannels } from './helpline-directory';

/** The channels to show this visitor now: open first, then closed with their next opening, then fallbacks. */
export async function routeForRequest(input: {
  audience: Audience;
  topic?: Topic;
  locale: VisitorLocale;
}): Promise<RouteResult> {
  const [channels, now] = await Promise.all([getChannels(), requestNow()]);
  return route({
    ...input,
    now,
    channels,
    fallbacks: ALWAYS_AVAILABLE,
    primary: primaryFallback(getPrimaryHelpline()),
  });
}

/**
 * Whether the configured helpline is staffed now, from the helpline with the same number in the database; null when
 * that is unknown (no such row, or the database unreachable), and then the number is shown without a status.
 */
export async function primaryLineStatus(): Promise<ChannelStatus | null> {
  const [channels, now] = await Promise.all([getChannels(), requestNow()]);
  const { e164 } = getPrimaryHelpline();
  const line = channels.find((channel) => channel.kind === 'phone' && channel.address === e164);
  return line ? statusAt(line.schedule, now) : null;
}
